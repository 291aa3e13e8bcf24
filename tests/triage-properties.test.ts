import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import { levels, triage } from '../src/triage/index.js';
import type { Answer, QuestionId, TriageInput } from '../src/triage/index.js';
import { ANSWERS, LEVELS, QUESTION_IDS, THRESHOLD_AGES, THRESHOLD_DURATIONS, expectedTriage, rank } from './triage-spec.js';

const answerArb = fc.constantFrom<Answer>(...ANSWERS);

/** Sets of answers: each question left out, or answered with a value from the given arbitrary. */
const answersFrom = (value: fc.Arbitrary<Answer>): fc.Arbitrary<Partial<Record<QuestionId, Answer>>> =>
  fc.record(Object.fromEntries(QUESTION_IDS.map((id) => [id, value])) as Record<QuestionId, fc.Arbitrary<Answer>>, {
    requiredKeys: [],
  });

/** Mostly "no": a few questions answered "yes" or "unsure", as most visitors answer. */
const mostlyNoArb = fc.oneof(
  { weight: 14, arbitrary: fc.constant<Answer>('no') },
  { weight: 1, arbitrary: fc.constant<Answer>('yes') },
  { weight: 1, arbitrary: fc.constant<Answer>('unsure') },
);

/**
 * Any set of answers. Evenly spread answers nearly always reach an emergency, so most sets are
 * sparse, where the less urgent answers and combinations decide the level.
 */
const answersArb: fc.Arbitrary<Partial<Record<QuestionId, Answer>>> = fc.oneof(
  { weight: 1, arbitrary: answersFrom(answerArb) },
  { weight: 3, arbitrary: answersFrom(mostlyNoArb) },
);

/** Ages on both sides of every threshold of the policy (5/6, 15/16, 19/20, 49/50, 59/60, 69/70), whole and fractional, or none. */
const ageArb = fc.option(
  fc.oneof(
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 110 }) },
    { weight: 1, arbitrary: fc.double({ min: 0, max: 110, noNaN: true }) },
    { weight: 3, arbitrary: fc.constantFrom(...THRESHOLD_AGES) },
    { weight: 1, arbitrary: fc.constantFrom(5.5, 5.99, 15.5, 15.99, 19.5, 19.99, 49.5, 49.99, 59.5, 59.99, 69.5, 69.99) },
  ),
  { nil: undefined },
);

/** Durations on both sides of every threshold of the policy (2/3, 42/43), whole and fractional, or none. */
const durationArb = fc.option(
  fc.oneof(
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 400 }) },
    { weight: 1, arbitrary: fc.double({ min: 0, max: 400, noNaN: true }) },
    { weight: 3, arbitrary: fc.constantFrom(...THRESHOLD_DURATIONS) },
    { weight: 1, arbitrary: fc.constantFrom(0, 1, 7, 2.5, 42.5) },
  ),
  { nil: undefined },
);

const improvingArb = fc.option(answerArb, { nil: undefined });

const inputArb: fc.Arbitrary<TriageInput> = fc.record(
  { answers: answersArb, age: ageArb, durationDays: durationArb, improving: improvingArb },
  { requiredKeys: ['answers'] },
);

const questionArb = fc.constantFrom(...QUESTION_IDS);

const runs = { numRuns: 1000 };

const withAnswer = (input: TriageInput, id: QuestionId, value: Answer): TriageInput => ({
  ...input,
  answers: { ...input.answers, [id]: value },
});

describe('triage: properties', () => {
  it('answering one more question "yes" never lowers the level', () => {
    fc.assert(
      fc.property(inputArb, questionArb, (input, id) => {
        const before = triage(input);
        const after = triage(withAnswer(input, id, 'yes'));
        expect(rank(after.level), `${id} yes: ${before.level} -> ${after.level}, ${JSON.stringify(input)}`).to.be.at.most(rank(before.level));
      }),
      runs,
    );
  });

  it('turning a "no" (or a missing answer) into "unsure" never lowers the level', () => {
    fc.assert(
      fc.property(inputArb, questionArb, (input, id) => {
        fc.pre(input.answers?.[id] !== 'unsure' && input.answers?.[id] !== 'yes');
        const before = triage(input);
        const after = triage(withAnswer(input, id, 'unsure'));
        expect(rank(after.level), `${id} unsure: ${before.level} -> ${after.level}, ${JSON.stringify(input)}`).to.be.at.most(rank(before.level));
      }),
      runs,
    );
  });

  it('a missing answer gives exactly the result of "no"', () => {
    fc.assert(
      fc.property(inputArb, questionArb, (input, id) => {
        const answers = { ...input.answers };
        delete answers[id];
        expect(triage({ ...input, answers })).to.deep.equal(triage(withAnswer(input, id, 'no')));
      }),
      runs,
    );
  });

  it('"unsure" gives exactly the level and reasons of "yes"', () => {
    fc.assert(
      fc.property(inputArb, questionArb, (input, id) => {
        const asYes = triage(withAnswer(input, id, 'yes'));
        const asUnsure = triage(withAnswer(input, id, 'unsure'));
        expect(asUnsure.level, `${id}, ${JSON.stringify(input)}`).to.equal(asYes.level);
        expect(asUnsure.reasons, `${id}, ${JSON.stringify(input)}`).to.deep.equal(asYes.reasons);
      }),
      runs,
    );
  });

  it('a missing "improving" gives exactly the result of "unsure"', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const withoutImproving = { ...input };
        delete withoutImproving.improving;
        expect(triage(withoutImproving)).to.deep.equal(triage({ ...input, improving: 'unsure' }));
      }),
      runs,
    );
  });

  it('"improving" answered "no", "unsure" or left out is never less urgent than "yes"', () => {
    fc.assert(
      fc.property(inputArb, improvingArb, (input, improving) => {
        fc.pre(improving !== 'yes');
        const better = triage({ ...input, improving: 'yes' });
        const notBetter = triage({ ...input, improving });
        expect(rank(notBetter.level)).to.be.at.most(rank(better.level));
      }),
      runs,
    );
  });

  it('a longer episode is never less urgent', () => {
    fc.assert(
      fc.property(inputArb, fc.double({ min: 0, max: 100, noNaN: true }), (input, extra) => {
        fc.pre(input.durationDays !== undefined);
        const shorter = triage(input);
        const longer = triage({ ...input, durationDays: input.durationDays + extra });
        expect(rank(longer.level)).to.be.at.most(rank(shorter.level));
      }),
      runs,
    );
  });

  it('the level is always one of the five levels', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const { level } = triage(input);
        expect(levels).to.include(level);
        expect(LEVELS).to.include(level);
      }),
      runs,
    );
  });

  it('lists as unsure exactly the questions answered "unsure", in asking order', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const answeredUnsure = QUESTION_IDS.filter((id) => input.answers?.[id] === 'unsure');
        expect(triage(input).unsure).to.deep.equal(answeredUnsure);
      }),
      runs,
    );
  });

  it('self-care has no reasons, and every other level has at least one', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = triage(input);
        expect(result.reasons.length === 0, JSON.stringify(result)).to.equal(result.level === 'self-care');
      }),
      runs,
    );
  });

  it('agrees with the independent model of the policy on level, reasons (in order) and unsure', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(triage(input), JSON.stringify(input)).to.deep.equal(expectedTriage(input));
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the model when the answers are given in any key order', () => {
    fc.assert(
      fc.property(inputArb, fc.func(fc.integer()), (input, key) => {
        const entries = Object.entries(input.answers ?? {}).sort(([a], [b]) => key(a) - key(b) || a.localeCompare(b));
        const shuffled = { ...input, answers: Object.fromEntries(entries) as Partial<Record<QuestionId, Answer>> };
        expect(triage(shuffled), JSON.stringify(shuffled)).to.deep.equal(expectedTriage(input));
      }),
      runs,
    );
  });

  it('never warns about well-formed input', () => {
    const warn = sinon.stub(console, 'warn');
    try {
      fc.assert(
        fc.property(inputArb, (input) => {
          triage(input);
        }),
        runs,
      );
      expect(warn.called, String(warn.firstCall?.args[0])).to.equal(false);
    } finally {
      warn.restore();
    }
  });

  describe('never throws, whatever it is given', () => {
    let warn: sinon.SinonStub;
    beforeEach(() => {
      warn = sinon.stub(console, 'warn');
    });
    afterEach(() => {
      warn.restore();
    });

    const anything = fc.anything({
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withObjectString: true,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      // Shallow values keep each run fast; the shapes that matter sit at the top levels.
      maxDepth: 3,
    });

    const safeResult = (input: unknown) => {
      // Deliberately untyped input: a site can pass anything from its own script.
      const result = triage(input as TriageInput);
      expect(LEVELS).to.include(result.level);
      expect(result.reasons).to.be.an('array');
      expect(result.unsure).to.be.an('array');
    };

    it('for any value at all (fc.anything)', () => {
      fc.assert(fc.property(anything, safeResult), { numRuns: 800 });
    });

    it('for objects shaped like the input with any values in them', () => {
      const partsArb = fc.record(
        {
          answers: fc.oneof(fc.dictionary(fc.oneof(questionArb, fc.string()), anything), anything),
          age: anything,
          durationDays: anything,
          improving: anything,
        },
        { requiredKeys: [] },
      );
      fc.assert(fc.property(partsArb, safeResult), { numRuns: 800 });
    });
  });
});
