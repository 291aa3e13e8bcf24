import { expect } from '@open-wc/testing';
import { levels, questions, triage } from '../src/triage/index.js';
import type { Answer, QuestionId, TriageInput } from '../src/triage/index.js';
import { CANCER_NERVE_SIGNS, FEVER_NERVE_SIGNS, LEVELS, QUESTIONS } from './triage-spec.js';

const answer = (entries: Partial<Record<QuestionId, Answer>>, context: Omit<TriageInput, 'answers'> = {}): TriageInput => ({
  answers: entries,
  ...context,
});

describe('triage: the public lists', () => {
  it('lists the five levels, most urgent first', () => {
    expect([...levels]).to.deep.equal([...LEVELS]);
  });

  it('lists exactly the 23 questions of the policy, in its order, with the level a "yes" leads to', () => {
    expect(questions.map(({ id, level }) => ({ id, level }))).to.deep.equal(QUESTIONS.map(({ id, level }) => ({ id, level })));
    expect(questions).to.have.length(23);
  });
});

describe('triage: each question on its own', () => {
  it('gives self-care with no reasons when nothing is answered', () => {
    expect(triage({})).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
    expect(triage({ answers: {} })).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
  });

  for (const { id, level } of QUESTIONS) {
    if (level === 'modifier') {
      it(`"${id}" is a modifier: "yes" alone gives self-care`, () => {
        expect(triage(answer({ [id]: 'yes' }))).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
      });
      it(`"${id}" is a modifier: "unsure" alone gives self-care and is listed as unsure`, () => {
        expect(triage(answer({ [id]: 'unsure' }))).to.deep.equal({ level: 'self-care', reasons: [], unsure: [id] });
      });
    } else {
      it(`"${id}": "yes" alone gives ${level}, because of ${id}`, () => {
        expect(triage(answer({ [id]: 'yes' }))).to.deep.equal({ level, reasons: [id], unsure: [] });
      });
      it(`"${id}": "unsure" alone counts as "yes" (${level}) and is listed as unsure`, () => {
        expect(triage(answer({ [id]: 'unsure' }))).to.deep.equal({ level, reasons: [id], unsure: [id] });
      });
    }
    it(`"${id}": "no" alone gives self-care`, () => {
      expect(triage(answer({ [id]: 'no' }))).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
    });
  }

  it('gives self-care when every question is answered "no"', () => {
    const allNo = Object.fromEntries(QUESTIONS.map(({ id }) => [id, 'no'])) as Record<QuestionId, Answer>;
    expect(triage({ answers: allNo, age: 35, durationDays: 1, improving: 'yes' })).to.deep.equal({
      level: 'self-care',
      reasons: [],
      unsure: [],
    });
  });

  it('gives self-care for all three modifiers together at an ordinary age', () => {
    const result = triage(answer({ 'first-episode': 'yes', 'bone-fragility': 'yes', 'infection-risk': 'yes' }, { age: 35 }));
    expect(result).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
  });
});

describe('triage: cancer history with nerve signs', () => {
  for (const sign of CANCER_NERVE_SIGNS) {
    it(`cancer-history and ${sign} -> emergency-department (cancer-with-nerve-signs)`, () => {
      const result = triage(answer({ 'cancer-history': 'yes', [sign]: 'yes' }));
      expect(result.level).to.equal('emergency-department');
      expect(result.reasons).to.include('cancer-with-nerve-signs');
      // Drivers at the emergency-department level: the combination, and the sign itself if it is one on its own.
      const expected = sign === 'both-legs' || sign === 'bladder-bowel' || sign === 'saddle-numbness' ? [sign, 'cancer-with-nerve-signs'] : ['cancer-with-nerve-signs'];
      expect(result.reasons).to.have.members(expected);
    });

    it(`cancer-history "unsure" and ${sign} "unsure" also -> emergency-department`, () => {
      const result = triage(answer({ 'cancer-history': 'unsure', [sign]: 'unsure' }));
      expect(result.level).to.equal('emergency-department');
      expect(result.reasons).to.include('cancer-with-nerve-signs');
      expect(result.unsure).to.have.members(['cancer-history', sign]);
    });

    it(`${sign} without cancer-history does not name cancer-with-nerve-signs`, () => {
      const result = triage(answer({ 'cancer-history': 'no', [sign]: 'yes' }));
      expect(result.reasons).to.deep.equal([sign]);
    });
  }

  it('cancer-history with a sign outside the six (leg-pain) stays urgent', () => {
    expect(triage(answer({ 'cancer-history': 'yes', 'leg-pain': 'yes' }))).to.deep.equal({
      level: 'urgent',
      reasons: ['cancer-history'],
      unsure: [],
    });
  });

  it('cancer-history with sexual-function is emergency-department for sexual-function alone, not the combination', () => {
    expect(triage(answer({ 'cancer-history': 'yes', 'sexual-function': 'yes' }))).to.deep.equal({
      level: 'emergency-department',
      reasons: ['sexual-function'],
      unsure: [],
    });
  });

  it('cancer-history with chest-pain is call-emergency, and the combination does not fire', () => {
    expect(triage(answer({ 'cancer-history': 'yes', 'chest-pain': 'yes' }))).to.deep.equal({
      level: 'call-emergency',
      reasons: ['chest-pain'],
      unsure: [],
    });
  });
});

describe('triage: fever with nerve signs', () => {
  for (const sign of FEVER_NERVE_SIGNS) {
    it(`fever and ${sign} -> emergency-department (fever-with-nerve-signs)`, () => {
      const result = triage(answer({ fever: 'yes', [sign]: 'yes' }));
      expect(result.level).to.equal('emergency-department');
      expect(result.reasons).to.have.members(sign === 'both-legs' ? ['both-legs', 'fever-with-nerve-signs'] : ['fever-with-nerve-signs']);
    });
  }

  it('fever with leg-numbness alone stays urgent, because of the fever', () => {
    expect(triage(answer({ fever: 'yes', 'leg-numbness': 'yes' }))).to.deep.equal({
      level: 'urgent',
      reasons: ['fever'],
      unsure: [],
    });
  });

  it('fever with bladder-bowel is emergency-department for bladder-bowel, not the fever combination', () => {
    expect(triage(answer({ fever: 'yes', 'bladder-bowel': 'yes' }))).to.deep.equal({
      level: 'emergency-department',
      reasons: ['bladder-bowel'],
      unsure: [],
    });
  });

  it('fever "unsure" with leg-weakness "yes" -> emergency-department', () => {
    expect(triage(answer({ fever: 'unsure', 'leg-weakness': 'yes' }))).to.deep.equal({
      level: 'emergency-department',
      reasons: ['fever-with-nerve-signs'],
      unsure: ['fever'],
    });
  });

  it('leg-weakness and balance without fever stay urgent', () => {
    const result = triage(answer({ fever: 'no', 'leg-weakness': 'yes', balance: 'yes' }));
    expect(result.level).to.equal('urgent');
    expect(result.reasons).to.have.members(['leg-weakness', 'balance']);
  });

  it('cancer-history, fever and leg-weakness name both combinations', () => {
    const result = triage(answer({ 'cancer-history': 'yes', fever: 'yes', 'leg-weakness': 'yes' }));
    expect(result.level).to.equal('emergency-department');
    expect(result.reasons).to.have.members(['cancer-with-nerve-signs', 'fever-with-nerve-signs']);
  });
});

describe('triage: a minor fall with fragile bones', () => {
  it('minor-fall and bone-fragility -> urgent (fall-with-fragile-bones)', () => {
    expect(triage(answer({ 'minor-fall': 'yes', 'bone-fragility': 'yes' }))).to.deep.equal({
      level: 'urgent',
      reasons: ['fall-with-fragile-bones'],
      unsure: [],
    });
  });

  it('minor-fall and bone-fragility "unsure" -> urgent', () => {
    expect(triage(answer({ 'minor-fall': 'yes', 'bone-fragility': 'unsure' }))).to.deep.equal({
      level: 'urgent',
      reasons: ['fall-with-fragile-bones'],
      unsure: ['bone-fragility'],
    });
  });

  for (const age of [70, 71, 95]) {
    it(`minor-fall at age ${age} -> urgent`, () => {
      expect(triage(answer({ 'minor-fall': 'yes' }, { age }))).to.deep.equal({
        level: 'urgent',
        reasons: ['fall-with-fragile-bones'],
        unsure: [],
      });
    });
  }

  for (const age of [69, 69.9, 40]) {
    it(`minor-fall at age ${age} stays an appointment`, () => {
      expect(triage(answer({ 'minor-fall': 'yes', 'bone-fragility': 'no' }, { age }))).to.deep.equal({
        level: 'appointment',
        reasons: ['minor-fall'],
        unsure: [],
      });
    });
  }

  it('minor-fall with no age given and no bone-fragility stays an appointment', () => {
    expect(triage(answer({ 'minor-fall': 'yes' }))).to.deep.equal({ level: 'appointment', reasons: ['minor-fall'], unsure: [] });
  });

  it('bone-fragility at age 80 without a fall is self-care', () => {
    expect(triage(answer({ 'bone-fragility': 'yes', 'minor-fall': 'no' }, { age: 80 }))).to.deep.equal({
      level: 'self-care',
      reasons: [],
      unsure: [],
    });
  });

  it('major-trauma with bone-fragility is call-emergency for the trauma only', () => {
    expect(triage(answer({ 'major-trauma': 'yes', 'bone-fragility': 'yes' }, { age: 80 }))).to.deep.equal({
      level: 'call-emergency',
      reasons: ['major-trauma'],
      unsure: [],
    });
  });
});

describe('triage: fever with infection risk', () => {
  it('infection-risk and fever -> urgent, naming the fever and the combination', () => {
    const result = triage(answer({ 'infection-risk': 'yes', fever: 'yes' }));
    expect(result.level).to.equal('urgent');
    expect(result.reasons).to.have.members(['fever', 'fever-with-infection-risk']);
    expect(result.unsure).to.deep.equal([]);
  });

  it('infection-risk "unsure" and fever "unsure" -> urgent with the combination', () => {
    const result = triage(answer({ 'infection-risk': 'unsure', fever: 'unsure' }));
    expect(result.level).to.equal('urgent');
    expect(result.reasons).to.have.members(['fever', 'fever-with-infection-risk']);
    expect(result.unsure).to.have.members(['fever', 'infection-risk']);
  });

  it('infection-risk without fever is self-care', () => {
    expect(triage(answer({ 'infection-risk': 'yes', fever: 'no' }))).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
  });

  it('fever without infection-risk is urgent for the fever alone', () => {
    expect(triage(answer({ 'infection-risk': 'no', fever: 'yes' }))).to.deep.equal({ level: 'urgent', reasons: ['fever'], unsure: [] });
  });
});

describe('triage: a first episode at a risk age', () => {
  for (const age of [50, 51, 80, 19, 16]) {
    it(`first-episode at age ${age} -> appointment (first-episode-at-risk-age)`, () => {
      expect(triage(answer({ 'first-episode': 'yes' }, { age }))).to.deep.equal({
        level: 'appointment',
        reasons: ['first-episode-at-risk-age'],
        unsure: [],
      });
    });
  }

  for (const age of [49, 49.5, 20, 35]) {
    it(`first-episode at age ${age} is self-care`, () => {
      expect(triage(answer({ 'first-episode': 'yes' }, { age }))).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
    });
  }

  it('first-episode "unsure" at age 60 -> appointment', () => {
    expect(triage(answer({ 'first-episode': 'unsure' }, { age: 60 }))).to.deep.equal({
      level: 'appointment',
      reasons: ['first-episode-at-risk-age'],
      unsure: ['first-episode'],
    });
  });

  it('age 60 without a first episode is self-care', () => {
    expect(triage(answer({ 'first-episode': 'no' }, { age: 60 }))).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
  });

  it('first-episode with no age given is self-care', () => {
    expect(triage(answer({ 'first-episode': 'yes' }))).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
  });

  it('first-episode at age 55 with leg-pain names both appointment drivers', () => {
    const result = triage(answer({ 'first-episode': 'yes', 'leg-pain': 'yes' }, { age: 55 }));
    expect(result.level).to.equal('appointment');
    expect(result.reasons).to.have.members(['leg-pain', 'first-episode-at-risk-age']);
  });
});

describe('triage: not improving', () => {
  for (const improving of ['no', 'unsure'] as const) {
    for (const durationDays of [3, 4, 10]) {
      it(`improving "${improving}" after ${durationDays} days -> appointment (not-improving)`, () => {
        expect(triage({ answers: {}, improving, durationDays })).to.deep.equal({
          level: 'appointment',
          reasons: ['not-improving'],
          unsure: [],
        });
      });
    }
    it(`improving "${improving}" after 2 days is self-care`, () => {
      expect(triage({ answers: {}, improving, durationDays: 2 })).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
    });
    it(`improving "${improving}" with no duration given is self-care`, () => {
      expect(triage({ answers: {}, improving })).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
    });
  }

  for (const durationDays of [3, 10, 42]) {
    it(`improving "yes" after ${durationDays} days is self-care`, () => {
      expect(triage({ answers: {}, improving: 'yes', durationDays })).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
    });
  }

  it('"improving" is context, not a question: it is never listed as unsure', () => {
    expect(triage({ answers: {}, improving: 'unsure', durationDays: 5 }).unsure).to.deep.equal([]);
  });
});

describe('triage: over six weeks', () => {
  for (const improving of ['yes', undefined] as const) {
    it(`43 days (improving ${String(improving)}) -> appointment (over-six-weeks)`, () => {
      expect(triage({ answers: {}, durationDays: 43, improving })).to.deep.equal({
        level: 'appointment',
        reasons: ['over-six-weeks'],
        unsure: [],
      });
    });
    it(`42 days (improving ${String(improving)}) is self-care`, () => {
      expect(triage({ answers: {}, durationDays: 42, improving })).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
    });
  }

  it('42.5 days is over six weeks', () => {
    expect(triage({ answers: {}, durationDays: 42.5, improving: 'yes' }).reasons).to.deep.equal(['over-six-weeks']);
  });

  it('100 days, not improving, names both appointment combinations', () => {
    const result = triage({ answers: {}, durationDays: 100, improving: 'no' });
    expect(result.level).to.equal('appointment');
    expect(result.reasons).to.have.members(['not-improving', 'over-six-weeks']);
  });

  it('does not lower a more urgent answer: 60 days with weight-loss stays urgent for the weight loss', () => {
    expect(triage({ answers: { 'weight-loss': 'yes' }, durationDays: 60, improving: 'no' })).to.deep.equal({
      level: 'urgent',
      reasons: ['weight-loss'],
      unsure: [],
    });
  });
});

describe('triage: the most urgent level wins', () => {
  it('chest-pain with fever and leg-pain -> call-emergency because of chest-pain only', () => {
    expect(triage(answer({ 'chest-pain': 'yes', fever: 'yes', 'leg-pain': 'yes' }))).to.deep.equal({
      level: 'call-emergency',
      reasons: ['chest-pain'],
      unsure: [],
    });
  });

  it('chest-pain, major-trauma and bladder-bowel -> call-emergency, naming both emergency answers', () => {
    const result = triage(answer({ 'chest-pain': 'yes', 'major-trauma': 'unsure', 'bladder-bowel': 'yes' }));
    expect(result.level).to.equal('call-emergency');
    expect(result.reasons).to.have.members(['chest-pain', 'major-trauma']);
    expect(result.unsure).to.deep.equal(['major-trauma']);
  });

  it('every emergency-department answer together names all four and nothing less urgent', () => {
    const result = triage(
      answer({ 'bladder-bowel': 'yes', 'saddle-numbness': 'yes', 'sexual-function': 'yes', 'both-legs': 'yes', 'weight-loss': 'yes', 'leg-pain': 'yes' }),
    );
    expect(result.level).to.equal('emergency-department');
    expect(result.reasons).to.have.members(['bladder-bowel', 'saddle-numbness', 'sexual-function', 'both-legs']);
  });

  it('urgent answers with appointment answers and a long duration -> urgent, naming only the urgent ones', () => {
    const result = triage({
      answers: { fever: 'yes', 'weight-loss': 'unsure', 'leg-pain': 'yes', 'daily-life': 'yes', 'minor-fall': 'yes' },
      age: 75,
      durationDays: 50,
      improving: 'no',
    });
    expect(result.level).to.equal('urgent');
    expect(result.reasons).to.have.members(['fever', 'weight-loss', 'fall-with-fragile-bones']);
    expect(result.unsure).to.deep.equal(['weight-loss']);
  });

  it('appointment answers and combinations together are all named', () => {
    const result = triage({
      answers: { 'leg-pain': 'yes', 'daily-life': 'yes', 'first-episode': 'yes', inflammatory: 'unsure' },
      age: 18,
      durationDays: 60,
      improving: 'unsure',
    });
    expect(result.level).to.equal('appointment');
    expect(result.reasons).to.have.members([
      'leg-pain',
      'daily-life',
      'inflammatory',
      'first-episode-at-risk-age',
      'not-improving',
      'over-six-weeks',
    ]);
    expect(result.unsure).to.deep.equal(['inflammatory']);
  });

  it('every question "yes" -> call-emergency, naming chest-pain and major-trauma', () => {
    const allYes = Object.fromEntries(QUESTIONS.map(({ id }) => [id, 'yes'])) as Record<QuestionId, Answer>;
    const result = triage({ answers: allYes, age: 80, durationDays: 90, improving: 'no' });
    expect(result.level).to.equal('call-emergency');
    expect(result.reasons).to.have.members(['chest-pain', 'major-trauma']);
  });

  it('every question "unsure" lists all 23 as unsure', () => {
    const allUnsure = Object.fromEntries([...QUESTIONS].reverse().map(({ id }) => [id, 'unsure'])) as Record<QuestionId, Answer>;
    const result = triage({ answers: allUnsure });
    expect(result.level).to.equal('call-emergency');
    expect(result.unsure).to.have.members(QUESTIONS.map(({ id }) => id));
  });
});
