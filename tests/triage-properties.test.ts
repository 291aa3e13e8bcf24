import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
import { levels, triage } from '../src/triage/index.js';
import type { Answer, QuestionId, TriageInput } from '../src/triage/index.js';
import { ANSWERS, LEVELS, QUESTION_IDS, expectedTriage, rank } from './triage-spec.js';

const answerArb = fc.constantFrom<Answer>(...ANSWERS);

/** Any set of answers: each question left out or answered yes, no or unsure. */
const answersArb: fc.Arbitrary<Partial<Record<QuestionId, Answer>>> = fc.record(
  Object.fromEntries(QUESTION_IDS.map((id) => [id, answerArb])) as Record<QuestionId, fc.Arbitrary<Answer>>,
  { requiredKeys: [] },
);

/** Ages around every threshold of the policy, whole and fractional, or none. */
const ageArb = fc.option(
  fc.oneof(fc.integer({ min: 0, max: 110 }), fc.double({ min: 0, max: 110, noNaN: true }), fc.constantFrom(19, 20, 49, 50, 69, 70)),
  { nil: undefined },
);

/** Durations around every threshold of the policy, or none. */
const durationArb = fc.option(
  fc.oneof(fc.integer({ min: 0, max: 400 }), fc.double({ min: 0, max: 400, noNaN: true }), fc.constantFrom(2, 3, 42, 43)),
  { nil: undefined },
);

const inputArb: fc.Arbitrary<TriageInput> = fc.record(
  { answers: answersArb, age: ageArb, durationDays: durationArb, improving: fc.option(answerArb, { nil: undefined }) },
  { requiredKeys: ['answers'] },
);

const questionArb = fc.constantFrom(...QUESTION_IDS);

const runs = { numRuns: 1000 };

describe('triage: properties', () => {
  it('answering one more question "yes" never lowers the level', () => {
    fc.assert(
      fc.property(inputArb, questionArb, (input, id) => {
        const before = triage(input);
        const after = triage({ ...input, answers: { ...input.answers, [id]: 'yes' } });
        expect(rank(after.level), `${id} yes: ${before.level} -> ${after.level}`).to.be.at.most(rank(before.level));
      }),
      runs,
    );
  });

  it('turning a "no" (or a missing answer) into "unsure" never lowers the level', () => {
    fc.assert(
      fc.property(inputArb, questionArb, (input, id) => {
        fc.pre(input.answers?.[id] !== 'unsure' && input.answers?.[id] !== 'yes');
        const before = triage(input);
        const after = triage({ ...input, answers: { ...input.answers, [id]: 'unsure' } });
        expect(rank(after.level), `${id} unsure: ${before.level} -> ${after.level}`).to.be.at.most(rank(before.level));
      }),
      runs,
    );
  });

  it('"unsure" gives exactly the level and reasons of "yes"', () => {
    fc.assert(
      fc.property(inputArb, questionArb, (input, id) => {
        const asYes = triage({ ...input, answers: { ...input.answers, [id]: 'yes' } });
        const asUnsure = triage({ ...input, answers: { ...input.answers, [id]: 'unsure' } });
        expect(asUnsure.level).to.equal(asYes.level);
        expect(asUnsure.reasons).to.have.members(asYes.reasons);
      }),
      runs,
    );
  });

  it('the level is always one of the five levels', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(levels).to.include(triage(input).level);
        expect(LEVELS).to.include(triage(input).level);
      }),
      runs,
    );
  });

  it('lists as unsure exactly the questions answered "unsure"', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const answeredUnsure = QUESTION_IDS.filter((id) => input.answers?.[id] === 'unsure');
        expect(triage(input).unsure).to.have.members(answeredUnsure);
      }),
      runs,
    );
  });

  it('agrees with the policy table on level and reasons for any well-formed answers', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const expected = expectedTriage(input);
        const actual = triage(input);
        expect(actual.level, JSON.stringify(input)).to.equal(expected.level);
        expect(actual.reasons, JSON.stringify(input)).to.have.members(expected.reasons);
      }),
      { numRuns: 3000 },
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
