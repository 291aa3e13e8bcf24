import { expect } from '@open-wc/testing';
import { combinations, levels, policyVersion, questions, triage } from '../src/triage/index.js';
import type { Answer, CombinationId, LevelId, QuestionId, TriageInput } from '../src/triage/index.js';
import { CANCER_SIGNS, COMBINATIONS, LEVELS, NERVE_SIGNS, POLICY_VERSION, QUESTIONS, expectedTriage, levelOf } from './triage-spec.js';

type Expected = { level: LevelId; reasons: (QuestionId | CombinationId)[]; unsure?: QuestionId[] };

const answer = (entries: Partial<Record<QuestionId, Answer>>, context: Omit<TriageInput, 'answers'> = {}): TriageInput => ({
  answers: entries,
  ...context,
});

/**
 * Asserts the engine's full result (reasons and unsure lists in order), and that the hand-written
 * model of triage-spec.ts gives the same, so the property tests compare against a checked model.
 */
const check = (input: TriageInput, expected: Expected) => {
  const full = { level: expected.level, reasons: expected.reasons, unsure: expected.unsure ?? [] };
  expect(triage(input), `engine, ${JSON.stringify(input)}`).to.deep.equal(full);
  expect(expectedTriage(input), `model, ${JSON.stringify(input)}`).to.deep.equal(full);
};

const SELF_CARE: Expected = { level: 'self-care', reasons: [] };

const isLevel = (level: LevelId | 'modifier' | 'gate', at: LevelId) => level === at;

describe('triage: the public lists', () => {
  it('carries policy version 3.0', () => {
    expect(policyVersion).to.equal('3.0');
    expect(policyVersion).to.equal(POLICY_VERSION);
  });

  it('lists the five levels, most urgent first', () => {
    expect([...levels]).to.deep.equal(['call-emergency', 'emergency-department', 'urgent', 'appointment', 'self-care']);
    expect([...levels]).to.deep.equal([...LEVELS]);
  });

  it('lists exactly the 34 questions of the policy, in asking order, with section, level and follow-up', () => {
    const listed = questions.map(({ id, section, level, followUpOf }) => ({ id, section, level, ...(followUpOf === undefined ? {} : { followUpOf }) }));
    expect(listed).to.deep.equal(QUESTIONS.map((question) => ({ ...question })));
    expect(questions).to.have.length(34);
  });

  it('has no question twice', () => {
    expect(new Set(questions.map(({ id }) => id)).size).to.equal(questions.length);
  });

  it('labour-signs follows up pregnant, and the five leg questions follow up the leg-symptoms gate', () => {
    const followUps = questions.filter((question) => question.followUpOf !== undefined);
    expect(followUps.map(({ id, followUpOf }) => ({ id, followUpOf }))).to.deep.equal([
      { id: 'both-legs', followUpOf: 'leg-symptoms' },
      { id: 'cannot-move-leg', followUpOf: 'leg-symptoms' },
      { id: 'labour-signs', followUpOf: 'pregnant' },
      { id: 'leg-weakness', followUpOf: 'leg-symptoms' },
      { id: 'leg-pain', followUpOf: 'leg-symptoms' },
      { id: 'leg-numbness', followUpOf: 'leg-symptoms' },
    ]);
    const ids = questions.map(({ id }) => id);
    expect(ids.indexOf('labour-signs')).to.equal(ids.indexOf('pregnant') + 1);
    for (const { id } of followUps.filter(({ followUpOf }) => followUpOf === 'leg-symptoms')) {
      expect(ids.indexOf(id), id).to.be.greaterThan(ids.indexOf('leg-symptoms'));
    }
  });

  it('has exactly two modifiers, lifting-strain and first-episode, and one gate, leg-symptoms', () => {
    expect(questions.filter(({ level }) => level === 'modifier').map(({ id }) => id)).to.deep.equal(['lifting-strain', 'first-episode']);
    expect(questions.filter(({ level }) => level === 'gate').map(({ id }) => id)).to.deep.equal(['leg-symptoms']);
  });

  it('groups the questions into sections in the new asking order: 12 emergency, 3 risk, 10 urgent, 9 pain', () => {
    const sections = questions.map(({ section }) => section);
    expect(sections).to.deep.equal([
      ...Array<string>(12).fill('emergency'),
      ...Array<string>(3).fill('risk'),
      ...Array<string>(10).fill('urgent'),
      ...Array<string>(9).fill('pain'),
    ]);
  });

  it('counts a follow-up given without its gate: leg-weakness alone is urgent, both-legs alone goes to the emergency department', () => {
    check(answer({ 'leg-weakness': 'yes' }), { level: 'urgent', reasons: ['leg-weakness'] });
    check(answer({ 'both-legs': 'yes', 'leg-symptoms': 'no' }), { level: 'emergency-department', reasons: ['both-legs'] });
  });

  it('lists the twelve combinations in table order, each with its level', () => {
    expect(combinations.map(({ id, level }) => ({ id, level }))).to.deep.equal(COMBINATIONS.map(({ id, level }) => ({ id, level })));
    expect(combinations).to.have.length(12);
  });
});

describe('triage: each question on its own', () => {
  it('gives self-care with no reasons when nothing is answered', () => {
    check({}, SELF_CARE);
    check({ answers: {} }, SELF_CARE);
  });

  for (const { id, level } of QUESTIONS) {
    if (level === 'modifier' || level === 'gate') {
      it(`"${id}" is a ${level}: "yes" alone gives self-care`, () => {
        check(answer({ [id]: 'yes' }), SELF_CARE);
      });
      it(`"${id}" is a ${level}: "unsure" alone gives self-care and is listed as unsure`, () => {
        check(answer({ [id]: 'unsure' }), { ...SELF_CARE, unsure: [id] });
      });
      it(`"${id}" is a ${level}: "yes" at an ordinary age, day 1, getting better, gives self-care`, () => {
        check(answer({ [id]: 'yes' }, { age: 35, durationDays: 1, improving: 'yes' }), SELF_CARE);
      });
    } else {
      it(`"${id}": "yes" alone gives ${level}, because of ${id}`, () => {
        check(answer({ [id]: 'yes' }), { level, reasons: [id] });
      });
      it(`"${id}": "unsure" alone counts as "yes" (${level}) and is listed as unsure`, () => {
        check(answer({ [id]: 'unsure' }), { level, reasons: [id], unsure: [id] });
      });
    }
    it(`"${id}": "no" alone gives self-care`, () => {
      check(answer({ [id]: 'no' }), SELF_CARE);
    });
  }

  it('gives self-care when every question is answered "no" at an ordinary age, day 1, getting better', () => {
    const allNo = Object.fromEntries(QUESTIONS.map(({ id }) => [id, 'no'])) as Record<QuestionId, Answer>;
    check({ answers: allNo, age: 35, durationDays: 1, improving: 'yes' }, SELF_CARE);
  });

  it('gives self-care for both modifiers together at an ordinary age', () => {
    check(answer({ 'lifting-strain': 'yes', 'first-episode': 'yes' }, { age: 35 }), SELF_CARE);
  });

  it('bone-fragility alone is an appointment, even at age 80 with no fall', () => {
    check(answer({ 'bone-fragility': 'yes', 'minor-fall': 'no', 'lifting-strain': 'no' }, { age: 80 }), {
      level: 'appointment',
      reasons: ['bone-fragility'],
    });
  });

  it('infection-risk alone is urgent', () => {
    check(answer({ 'infection-risk': 'yes', fever: 'no' }, { age: 35 }), { level: 'urgent', reasons: ['infection-risk'] });
  });

  it('counts labour-signs whenever it is given, even when pregnant is "no"', () => {
    check(answer({ pregnant: 'no', 'labour-signs': 'yes' }), { level: 'emergency-department', reasons: ['labour-signs'] });
  });

  it('pregnant with labour-signs "no" is an appointment for the pregnancy', () => {
    check(answer({ pregnant: 'yes', 'labour-signs': 'no' }), { level: 'appointment', reasons: ['pregnant'] });
  });

  it('pregnant "unsure" with labour-signs "unsure" is emergency-department, both listed as unsure', () => {
    check(answer({ pregnant: 'unsure', 'labour-signs': 'unsure' }), {
      level: 'emergency-department',
      reasons: ['labour-signs'],
      unsure: ['pregnant', 'labour-signs'],
    });
  });
});

describe('triage: cancer history with nerve signs or leg pain', () => {
  for (const sign of CANCER_SIGNS) {
    // The drivers at emergency-department: the sign itself if it is one on its own, then the combination.
    const expected: (QuestionId | CombinationId)[] = isLevel(levelOf(sign), 'emergency-department')
      ? [sign, 'cancer-with-nerve-signs']
      : ['cancer-with-nerve-signs'];

    it(`cancer-history and ${sign} -> emergency-department (cancer-with-nerve-signs)`, () => {
      check(answer({ 'cancer-history': 'yes', [sign]: 'yes' }), { level: 'emergency-department', reasons: expected });
    });

    it(`cancer-history "unsure" and ${sign} "unsure" also -> emergency-department`, () => {
      check(answer({ [sign]: 'unsure', 'cancer-history': 'unsure' }), {
        level: 'emergency-department',
        reasons: expected,
        unsure: QUESTIONS.map(({ id }) => id).filter((id) => id === sign || id === 'cancer-history'),
      });
    });

    it(`${sign} without cancer-history does not name cancer-with-nerve-signs`, () => {
      const level = levelOf(sign) as LevelId;
      check(answer({ 'cancer-history': 'no', [sign]: 'yes' }), { level, reasons: [sign] });
    });
  }

  it('cancer-history with weight-loss (not a nerve sign) stays urgent, naming both', () => {
    check(answer({ 'weight-loss': 'yes', 'cancer-history': 'yes' }), { level: 'urgent', reasons: ['cancer-history', 'weight-loss'] });
  });

  it('cancer-history with chest-pain is call-emergency, and the combination is not named', () => {
    check(answer({ 'cancer-history': 'yes', 'chest-pain': 'yes', 'leg-pain': 'yes' }), { level: 'call-emergency', reasons: ['chest-pain'] });
  });
});

describe('triage: fever with nerve signs', () => {
  for (const sign of NERVE_SIGNS) {
    const expected: (QuestionId | CombinationId)[] = isLevel(levelOf(sign), 'emergency-department')
      ? [sign, 'fever-with-nerve-signs']
      : ['fever-with-nerve-signs'];

    it(`fever and ${sign} -> emergency-department (fever-with-nerve-signs)`, () => {
      check(answer({ fever: 'yes', [sign]: 'yes' }), { level: 'emergency-department', reasons: expected });
    });

    it(`fever "unsure" and ${sign} "unsure" -> emergency-department`, () => {
      check(answer({ fever: 'unsure', [sign]: 'unsure' }), {
        level: 'emergency-department',
        reasons: expected,
        unsure: QUESTIONS.map(({ id }) => id).filter((id) => id === sign || id === 'fever'),
      });
    });
  }

  it('fever with leg-pain does NOT fire fever-with-nerve-signs: urgent, for the fever', () => {
    check(answer({ fever: 'yes', 'leg-pain': 'yes' }), { level: 'urgent', reasons: ['fever'] });
  });

  it('leg-weakness and balance without fever stay urgent', () => {
    check(answer({ fever: 'no', 'leg-weakness': 'yes', balance: 'yes' }), { level: 'urgent', reasons: ['leg-weakness', 'balance'] });
  });

  it('cancer-history, fever and leg-weakness name both combinations, in table order', () => {
    check(answer({ 'leg-weakness': 'yes', fever: 'yes', 'cancer-history': 'yes' }), {
      level: 'emergency-department',
      reasons: ['cancer-with-nerve-signs', 'fever-with-nerve-signs'],
    });
  });
});

describe('triage: infection risk with nerve signs', () => {
  for (const sign of NERVE_SIGNS) {
    const expected: (QuestionId | CombinationId)[] = isLevel(levelOf(sign), 'emergency-department')
      ? [sign, 'infection-risk-with-nerve-signs']
      : ['infection-risk-with-nerve-signs'];

    it(`infection-risk and ${sign} -> emergency-department (infection-risk-with-nerve-signs)`, () => {
      check(answer({ 'infection-risk': 'yes', [sign]: 'yes' }), { level: 'emergency-department', reasons: expected });
    });

    it(`infection-risk "unsure" and ${sign} "unsure" -> emergency-department`, () => {
      check(answer({ 'infection-risk': 'unsure', [sign]: 'unsure' }), {
        level: 'emergency-department',
        reasons: expected,
        unsure: QUESTIONS.map(({ id }) => id).filter((id) => id === sign || id === 'infection-risk'),
      });
    });
  }

  it('infection-risk with leg-pain (not a nerve sign) stays urgent, for the infection risk', () => {
    check(answer({ 'infection-risk': 'yes', 'leg-pain': 'yes' }), { level: 'urgent', reasons: ['infection-risk'] });
  });

  it('infection-risk with a nerve sign needs no fever', () => {
    check(answer({ 'infection-risk': 'yes', fever: 'no', 'leg-numbness': 'yes' }), {
      level: 'emergency-department',
      reasons: ['infection-risk-with-nerve-signs'],
    });
  });
});

describe('triage: fever with infection risk', () => {
  it('infection-risk and fever -> emergency-department (fever-with-infection-risk)', () => {
    check(answer({ 'infection-risk': 'yes', fever: 'yes' }), { level: 'emergency-department', reasons: ['fever-with-infection-risk'] });
  });

  it('infection-risk "unsure" and fever "unsure" -> emergency-department', () => {
    check(answer({ 'infection-risk': 'unsure', fever: 'unsure' }), {
      level: 'emergency-department',
      reasons: ['fever-with-infection-risk'],
      unsure: ['infection-risk', 'fever'],
    });
  });

  it('infection-risk without fever is urgent for the infection risk', () => {
    check(answer({ 'infection-risk': 'yes', fever: 'no' }), { level: 'urgent', reasons: ['infection-risk'] });
  });

  it('fever without infection-risk is urgent for the fever alone', () => {
    check(answer({ 'infection-risk': 'no', fever: 'yes' }), { level: 'urgent', reasons: ['fever'] });
  });

  it('fever, infection-risk and a nerve sign name all three combinations, in table order', () => {
    check(answer({ 'infection-risk': 'yes', fever: 'yes', balance: 'yes' }), {
      level: 'emergency-department',
      reasons: ['fever-with-nerve-signs', 'infection-risk-with-nerve-signs', 'fever-with-infection-risk'],
    });
  });
});

describe('triage: belly pain at 60 or more', () => {
  for (const age of [60, 60.5, 75, 95]) {
    it(`belly-pain at age ${age} -> emergency-department (belly-pain-at-60)`, () => {
      check(answer({ 'belly-pain': 'yes' }, { age }), { level: 'emergency-department', reasons: ['belly-pain-at-60'] });
    });
  }

  for (const age of [59, 59.9, 40]) {
    it(`belly-pain at age ${age} stays urgent`, () => {
      check(answer({ 'belly-pain': 'yes' }, { age }), { level: 'urgent', reasons: ['belly-pain'] });
    });
  }

  it('belly-pain "unsure" at age 60 -> emergency-department', () => {
    check(answer({ 'belly-pain': 'unsure' }, { age: 60 }), {
      level: 'emergency-department',
      reasons: ['belly-pain-at-60'],
      unsure: ['belly-pain'],
    });
  });

  it('belly-pain with no age given stays urgent', () => {
    check(answer({ 'belly-pain': 'yes' }), { level: 'urgent', reasons: ['belly-pain'] });
  });

  it('age 60 without belly-pain is self-care', () => {
    check(answer({ 'belly-pain': 'no' }, { age: 60 }), SELF_CARE);
  });
});

describe('triage: a fall or a strain with fragile bones', () => {
  for (const cause of ['minor-fall', 'lifting-strain'] as const) {
    // A minor fall is an appointment on its own; a lifting strain is only a modifier.
    const below: Expected = cause === 'minor-fall' ? { level: 'appointment', reasons: ['minor-fall'] } : SELF_CARE;

    it(`${cause} and bone-fragility -> urgent (fall-with-fragile-bones)`, () => {
      check(answer({ [cause]: 'yes', 'bone-fragility': 'yes' }), { level: 'urgent', reasons: ['fall-with-fragile-bones'] });
    });

    it(`${cause} and bone-fragility "unsure" -> urgent`, () => {
      check(answer({ [cause]: 'yes', 'bone-fragility': 'unsure' }), {
        level: 'urgent',
        reasons: ['fall-with-fragile-bones'],
        unsure: ['bone-fragility'],
      });
    });

    it(`${cause} "unsure" and bone-fragility -> urgent`, () => {
      check(answer({ [cause]: 'unsure', 'bone-fragility': 'yes' }), {
        level: 'urgent',
        reasons: ['fall-with-fragile-bones'],
        unsure: [cause],
      });
    });

    for (const age of [70, 70.5, 95]) {
      it(`${cause} at age ${age} -> urgent`, () => {
        check(answer({ [cause]: 'yes', 'bone-fragility': 'no' }, { age }), { level: 'urgent', reasons: ['fall-with-fragile-bones'] });
      });
    }

    for (const age of [69, 69.9, 40]) {
      it(`${cause} at age ${age} without bone-fragility does not fire the combination`, () => {
        check(answer({ [cause]: 'yes', 'bone-fragility': 'no' }, { age }), below);
      });
    }

    it(`${cause} with no age given and no bone-fragility does not fire the combination`, () => {
      check(answer({ [cause]: 'yes' }), below);
    });
  }

  it('major-trauma with bone-fragility at age 80 is call-emergency for the trauma only', () => {
    check(answer({ 'major-trauma': 'yes', 'bone-fragility': 'yes' }, { age: 80 }), { level: 'call-emergency', reasons: ['major-trauma'] });
  });
});

describe('triage: severe pain with fragile bones or at 60 or more', () => {
  for (const age of [60, 60.5, 85]) {
    it(`severe-worsening at age ${age} -> urgent (severe-pain-fragile-or-older)`, () => {
      check(answer({ 'severe-worsening': 'yes' }, { age }), { level: 'urgent', reasons: ['severe-pain-fragile-or-older'] });
    });
  }

  for (const age of [59, 59.9, 30]) {
    it(`severe-worsening at age ${age} stays an appointment`, () => {
      check(answer({ 'severe-worsening': 'yes' }, { age }), { level: 'appointment', reasons: ['severe-worsening'] });
    });
  }

  it('severe-worsening with bone-fragility at age 40 -> urgent', () => {
    check(answer({ 'severe-worsening': 'yes', 'bone-fragility': 'yes' }, { age: 40 }), {
      level: 'urgent',
      reasons: ['severe-pain-fragile-or-older'],
    });
  });

  it('severe-worsening "unsure" with bone-fragility "unsure" -> urgent', () => {
    check(answer({ 'severe-worsening': 'unsure', 'bone-fragility': 'unsure' }), {
      level: 'urgent',
      reasons: ['severe-pain-fragile-or-older'],
      unsure: ['bone-fragility', 'severe-worsening'],
    });
  });

  it('severe-worsening with no age and no bone-fragility stays an appointment', () => {
    check(answer({ 'severe-worsening': 'yes', 'bone-fragility': 'no' }), { level: 'appointment', reasons: ['severe-worsening'] });
  });
});

describe('triage: children', () => {
  for (const age of [0, 1, 4, 5, 5.9]) {
    it(`age ${age} -> urgent (young-child)`, () => {
      check({ answers: {}, age }, { level: 'urgent', reasons: ['young-child'] });
    });
  }

  for (const age of [6, 10, 15, 15.9]) {
    it(`age ${age} -> appointment (child), not young-child`, () => {
      check({ answers: {}, age }, { level: 'appointment', reasons: ['child'] });
    });
  }

  for (const age of [16, 16.5, 17]) {
    it(`age ${age} is not a child: self-care`, () => {
      check({ answers: {}, age, durationDays: 1, improving: 'yes' }, SELF_CARE);
    });
  }

  it('a child with a minor fall and leg-pain: appointment, naming the answers then the combination', () => {
    check(answer({ 'leg-pain': 'yes', 'minor-fall': 'yes' }, { age: 12 }), {
      level: 'appointment',
      reasons: ['minor-fall', 'leg-pain', 'child'],
    });
  });

  it('a child with a first episode names child then first-episode-at-risk-age', () => {
    check(answer({ 'first-episode': 'yes' }, { age: 15 }), { level: 'appointment', reasons: ['child', 'first-episode-at-risk-age'] });
  });

  it('a young child with a fever names the fever and young-child', () => {
    check(answer({ fever: 'yes' }, { age: 3 }), { level: 'urgent', reasons: ['fever', 'young-child'] });
  });

  it('a young child with chest pain is call-emergency for the chest pain only', () => {
    check(answer({ 'chest-pain': 'yes' }, { age: 5 }), { level: 'call-emergency', reasons: ['chest-pain'] });
  });
});

describe('triage: a first episode at a risk age', () => {
  for (const age of [50, 51, 80, 19, 19.9, 16]) {
    it(`first-episode at age ${age} -> appointment (first-episode-at-risk-age)`, () => {
      check(answer({ 'first-episode': 'yes' }, { age }), { level: 'appointment', reasons: ['first-episode-at-risk-age'] });
    });
  }

  for (const age of [49, 49.5, 20, 35]) {
    it(`first-episode at age ${age} is self-care`, () => {
      check(answer({ 'first-episode': 'yes' }, { age }), SELF_CARE);
    });
  }

  it('first-episode "unsure" at age 60 -> appointment', () => {
    check(answer({ 'first-episode': 'unsure' }, { age: 60 }), {
      level: 'appointment',
      reasons: ['first-episode-at-risk-age'],
      unsure: ['first-episode'],
    });
  });

  it('age 60 without a first episode is self-care', () => {
    check(answer({ 'first-episode': 'no' }, { age: 60 }), SELF_CARE);
  });

  it('first-episode with no age given is self-care', () => {
    check(answer({ 'first-episode': 'yes' }), SELF_CARE);
  });

  it('first-episode at age 55 with leg-pain names the answer then the combination', () => {
    check(answer({ 'first-episode': 'yes', 'leg-pain': 'yes' }, { age: 55 }), {
      level: 'appointment',
      reasons: ['leg-pain', 'first-episode-at-risk-age'],
    });
  });
});

describe('triage: not improving', () => {
  for (const improving of ['no', 'unsure', undefined] as const) {
    for (const durationDays of [3, 4, 7, 42]) {
      it(`improving ${String(improving)} after ${durationDays} days -> appointment (not-improving)`, () => {
        check({ answers: {}, improving, durationDays }, { level: 'appointment', reasons: ['not-improving'] });
      });
    }
    for (const durationDays of [0, 1, 2, 2.9]) {
      it(`improving ${String(improving)} after ${durationDays} days is self-care`, () => {
        check({ answers: {}, improving, durationDays }, SELF_CARE);
      });
    }
    it(`improving ${String(improving)} with no duration given is self-care`, () => {
      check({ answers: {}, improving }, SELF_CARE);
    });
  }

  for (const durationDays of [3, 10, 42]) {
    it(`improving "yes" after ${durationDays} days is self-care`, () => {
      check({ answers: {}, improving: 'yes', durationDays }, SELF_CARE);
    });
  }

  it('a missing "improving" gives the same result as "unsure"', () => {
    expect(triage({ answers: {}, durationDays: 3 })).to.deep.equal(triage({ answers: {}, durationDays: 3, improving: 'unsure' }));
  });

  it('"improving" is context, not a question: it is never listed as unsure', () => {
    check({ answers: {}, improving: 'unsure', durationDays: 5 }, { level: 'appointment', reasons: ['not-improving'] });
  });
});

describe('triage: over six weeks', () => {
  it('43 days, getting better -> appointment (over-six-weeks)', () => {
    check({ answers: {}, durationDays: 43, improving: 'yes' }, { level: 'appointment', reasons: ['over-six-weeks'] });
  });

  it('42 days, getting better, is self-care', () => {
    check({ answers: {}, durationDays: 42, improving: 'yes' }, SELF_CARE);
  });

  it('42.5 days is over six weeks', () => {
    check({ answers: {}, durationDays: 42.5, improving: 'yes' }, { level: 'appointment', reasons: ['over-six-weeks'] });
  });

  for (const improving of ['no', 'unsure', undefined] as const) {
    it(`43 days, improving ${String(improving)}, names not-improving then over-six-weeks`, () => {
      check({ answers: {}, durationDays: 43, improving }, { level: 'appointment', reasons: ['not-improving', 'over-six-weeks'] });
    });
    it(`42 days, improving ${String(improving)}, is not-improving only`, () => {
      check({ answers: {}, durationDays: 42, improving }, { level: 'appointment', reasons: ['not-improving'] });
    });
  }

  it('does not lower a more urgent answer: 60 days with weight-loss stays urgent for the weight loss', () => {
    check({ answers: { 'weight-loss': 'yes' }, durationDays: 60, improving: 'no' }, { level: 'urgent', reasons: ['weight-loss'] });
  });
});

describe('triage: the most urgent level wins, and every driver at it is named in order', () => {
  it('chest-pain with fever and leg-pain -> call-emergency because of chest-pain only', () => {
    check(answer({ 'chest-pain': 'yes', fever: 'yes', 'leg-pain': 'yes' }), { level: 'call-emergency', reasons: ['chest-pain'] });
  });

  it('all three call-emergency answers are named in asking order, whatever the order they are given in', () => {
    check(answer({ 'bladder-bowel': 'yes', 'major-trauma': 'unsure', collapse: 'yes', 'chest-pain': 'yes' }), {
      level: 'call-emergency',
      reasons: ['chest-pain', 'collapse', 'major-trauma'],
      unsure: ['major-trauma'],
    });
  });

  it('every emergency-department answer together names all six, then the combinations, and nothing less urgent', () => {
    check(
      answer({
        'labour-signs': 'yes',
        'cannot-move-leg': 'yes',
        'both-legs': 'yes',
        'sexual-function': 'yes',
        'saddle-numbness': 'yes',
        'bladder-bowel': 'yes',
        'weight-loss': 'yes',
        'leg-pain': 'yes',
        fever: 'yes',
      }),
      {
        level: 'emergency-department',
        reasons: ['bladder-bowel', 'saddle-numbness', 'sexual-function', 'both-legs', 'cannot-move-leg', 'labour-signs', 'fever-with-nerve-signs'],
      },
    );
  });

  it('urgent answers with appointment answers and a long duration -> urgent, naming only the urgent drivers', () => {
    check(
      {
        answers: { fever: 'yes', 'weight-loss': 'unsure', 'leg-pain': 'yes', 'daily-life': 'yes', 'minor-fall': 'yes', 'severe-worsening': 'yes' },
        age: 75,
        durationDays: 50,
        improving: 'no',
      },
      {
        level: 'urgent',
        reasons: ['fever', 'weight-loss', 'fall-with-fragile-bones', 'severe-pain-fragile-or-older'],
        unsure: ['weight-loss'],
      },
    );
  });

  it('appointment answers and combinations together are all named: questions in asking order, then combinations', () => {
    check(
      {
        answers: { pregnant: 'yes', 'first-episode': 'yes', inflammatory: 'unsure', 'bone-fragility': 'yes', 'daily-life': 'yes', 'leg-pain': 'yes' },
        age: 18,
        durationDays: 60,
        improving: 'unsure',
      },
      {
        level: 'appointment',
        reasons: ['pregnant', 'bone-fragility', 'leg-pain', 'daily-life', 'inflammatory', 'first-episode-at-risk-age', 'not-improving', 'over-six-weeks'],
        unsure: ['inflammatory'],
      },
    );
  });

  it('every question "yes" -> call-emergency, naming chest-pain, breathless, collapse and major-trauma', () => {
    const allYes = Object.fromEntries(QUESTIONS.map(({ id }) => [id, 'yes'])) as Record<QuestionId, Answer>;
    check({ answers: allYes, age: 80, durationDays: 90, improving: 'no' }, {
      level: 'call-emergency',
      reasons: ['chest-pain', 'breathless', 'collapse', 'major-trauma'],
    });
  });

  it('every question "unsure" lists all 34 as unsure, in asking order', () => {
    const allUnsure = Object.fromEntries([...QUESTIONS].reverse().map(({ id }) => [id, 'unsure'])) as Record<QuestionId, Answer>;
    check({ answers: allUnsure }, {
      level: 'call-emergency',
      reasons: ['chest-pain', 'breathless', 'collapse', 'major-trauma'],
      unsure: QUESTIONS.map(({ id }) => id),
    });
  });

  it('every emergency-department driver at once, at 65, names them all in order', () => {
    const given: Partial<Record<QuestionId, Answer>> = {};
    for (const { id, level } of QUESTIONS) if (level === 'emergency-department' || level === 'urgent') given[id] = 'yes';
    given['leg-pain'] = 'yes';
    check({ answers: given, age: 65 }, {
      level: 'emergency-department',
      reasons: [
        'bladder-bowel',
        'saddle-numbness',
        'sexual-function',
        'both-legs',
        'cannot-move-leg',
        'labour-signs',
        'cancer-with-nerve-signs',
        'fever-with-nerve-signs',
        'infection-risk-with-nerve-signs',
        'fever-with-infection-risk',
        'belly-pain-at-60',
      ],
    });
  });
});
