import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { triage } from '../src/triage/index.js';
import type { LevelId, TriageInput } from '../src/triage/index.js';
import { LEVELS, QUESTIONS, rank } from './triage-spec.js';

type TriageResult = ReturnType<typeof triage>;

/** Calls triage with input a site's own script could pass, whatever its type. */
const triageAny = (input: unknown): TriageResult => triage(input as TriageInput);

describe('triage: input it cannot read', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => {
    warn.restore();
  });

  /** The warning messages so far, as text. */
  const warnings = () => warn.getCalls().map((call) => call.args.map(String).join(' '));

  /** Asserts that one warning names every given word. */
  const expectWarningNaming = (...words: string[]) => {
    expect(
      warnings().some((message) => words.every((word) => message.includes(word))),
      `a warning naming ${words.join(', ')}; got ${JSON.stringify(warnings())}`,
    ).to.equal(true);
  };

  const expectAtLeast = (result: TriageResult, level: LevelId) => {
    expect(LEVELS).to.include(result.level);
    expect(rank(result.level), `${result.level} should be at least ${level}`).to.be.at.most(rank(level));
  };

  describe('unknown question ids', () => {
    it('ignores an unknown id with a warning naming it', () => {
      const result = triageAny({ answers: { 'not-a-question': 'yes' } });
      expect(result).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
      expectWarningNaming('not-a-question');
    });

    it('still reads the known answers beside an unknown one', () => {
      const result = triageAny({ answers: { 'back-ache': 'yes', fever: 'yes' } });
      expect(result).to.deep.equal({ level: 'urgent', reasons: ['fever'], unsure: [] });
      expectWarningNaming('back-ache');
    });

    it('does not take a combination id for a question', () => {
      const result = triageAny({ answers: { 'over-six-weeks': 'yes', 'belly-pain-at-60': 'yes' } });
      expect(result.level).to.equal('self-care');
      expectWarningNaming('over-six-weeks');
      expectWarningNaming('belly-pain-at-60');
    });

    it('does not take a context value for a question', () => {
      const result = triageAny({ answers: { improving: 'no' }, durationDays: 5, improving: 'yes' });
      expect(result).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
      expectWarningNaming('improving');
    });

    it('ignores a key that is a property of every object, with a warning naming it', () => {
      const result = triageAny({ answers: { constructor: 'yes', toString: 'yes' } });
      expect(result).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
      expectWarningNaming('constructor');
      expectWarningNaming('toString');
    });

    it('does not throw for an own "__proto__" key', () => {
      const answers = JSON.parse('{"__proto__": "yes", "fever": "yes"}') as unknown;
      let result: TriageResult | undefined;
      expect(() => {
        result = triageAny({ answers });
      }).not.to.throw();
      expect(result).to.deep.equal({ level: 'urgent', reasons: ['fever'], unsure: [] });
    });
  });

  describe('age', () => {
    const badAges: [string, unknown][] = [
      ['a word', 'seventy'],
      ['negative', -5],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['an object', { years: 70 }],
      ['a boolean', true],
    ];
    for (const [label, age] of badAges) {
      it(`warns about an age that is ${label}, and still gives a safe result`, () => {
        const result = triageAny({ answers: { 'minor-fall': 'yes', 'leg-weakness': 'unsure' }, age });
        expectWarningNaming('age');
        expectAtLeast(result, 'urgent');
        expect(result.reasons).to.include('leg-weakness');
      });
    }

    it('names the unreadable value in the warning', () => {
      triageAny({ answers: {}, age: 'seventy' });
      expectWarningNaming('age', 'seventy');
      triageAny({ answers: {}, age: -5 });
      expectWarningNaming('age', '-5');
    });

    it('an unreadable age does not make a minor fall less urgent than an appointment', () => {
      expectAtLeast(triageAny({ answers: { 'minor-fall': 'yes' }, age: 'old' }), 'appointment');
    });

    it('an unreadable age does not make belly pain less urgent than urgent', () => {
      const result = triageAny({ answers: { 'belly-pain': 'yes' }, age: 'sixty-one' });
      expectWarningNaming('age');
      expectAtLeast(result, 'urgent');
    });

    it('an unreadable age does not make severe pain less urgent than an appointment', () => {
      expectAtLeast(triageAny({ answers: { 'severe-worsening': 'yes' }, age: [61] }), 'appointment');
      expectWarningNaming('age');
    });

    it('does not throw for a BigInt age', () => {
      let result: TriageResult | undefined;
      expect(() => {
        result = triageAny({ answers: { 'minor-fall': 'yes' }, age: BigInt(75) });
      }).not.to.throw();
      expect(LEVELS).to.include(result?.level);
      expectWarningNaming('age');
    });
  });

  describe('durationDays', () => {
    it('warns about a negative duration, naming it, and ignores it', () => {
      const result = triageAny({ answers: {}, durationDays: -1, improving: 'no' });
      expectWarningNaming('durationDays', '-1');
      expect(result.level).to.equal('self-care');
    });

    it('warns about a duration that is not a number', () => {
      const result = triageAny({ answers: { 'leg-pain': 'yes' }, durationDays: 'a week', improving: 'no' });
      expectWarningNaming('durationDays', 'a week');
      expect(result.level).to.equal('appointment');
      expect(result.reasons).to.include('leg-pain');
    });

    for (const [label, durationDays] of [
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['a boolean', true],
      ['an object', { days: 50 }],
    ] as [string, unknown][]) {
      it(`warns about a duration that is ${label}, and still gives a safe result`, () => {
        let result: TriageResult | undefined;
        expect(() => {
          result = triageAny({ answers: { 'weight-loss': 'yes' }, durationDays });
        }).not.to.throw();
        expectWarningNaming('durationDays');
        expectAtLeast(result as TriageResult, 'urgent');
        expect(result?.reasons).to.include('weight-loss');
      });
    }
  });

  describe('answers that are not yes, no or unsure', () => {
    const badValues: [string, unknown][] = [
      ['"maybe"', 'maybe'],
      ['"YES"', 'YES'],
      ['" yes "', ' yes '],
      ['true', true],
      ['false', false],
      ['1', 1],
      ['an object', { value: 'yes' }],
      ['an array', ['yes']],
    ];
    for (const { id, level } of QUESTIONS) {
      if (level === 'modifier' || level === 'gate') continue;
      for (const [label, value] of badValues) {
        it(`${id} answered ${label}: warns naming ${id}, and is no less urgent than "unsure" (${level})`, () => {
          const result = triageAny({ answers: { [id]: value } });
          expectWarningNaming(id);
          expectAtLeast(result, level);
        });
      }
    }

    it('names the unreadable value in the warning', () => {
      triageAny({ answers: { 'chest-pain': 'maybe' } });
      expectWarningNaming('chest-pain', 'maybe');
    });

    it('an unreadable bone-fragility still counts towards its combination with a minor fall', () => {
      const result = triageAny({ answers: { 'minor-fall': 'yes', 'bone-fragility': 'maybe' } });
      expectWarningNaming('bone-fragility');
      expectAtLeast(result, 'urgent');
    });

    it('an unreadable modifier still counts towards its combination (lifting-strain "maybe" with bone-fragility)', () => {
      const result = triageAny({ answers: { 'lifting-strain': 'maybe', 'bone-fragility': 'yes' } });
      expectWarningNaming('lifting-strain');
      expectAtLeast(result, 'urgent');
    });

    it('an unreadable modifier still counts towards its combination (first-episode "maybe" at 55)', () => {
      const result = triageAny({ answers: { 'first-episode': 'maybe' }, age: 55 });
      expectWarningNaming('first-episode');
      expectAtLeast(result, 'appointment');
    });

    it('an unreadable cancer-history with a nerve sign is still an emergency', () => {
      const result = triageAny({ answers: { 'cancer-history': 'Y', 'leg-numbness': 'yes' } });
      expectWarningNaming('cancer-history');
      expectAtLeast(result, 'emergency-department');
    });

    it('an unreadable infection-risk with a nerve sign is still an emergency', () => {
      const result = triageAny({ answers: { 'infection-risk': 'sometimes', 'leg-weakness': 'yes' } });
      expectWarningNaming('infection-risk');
      expectAtLeast(result, 'emergency-department');
    });

    it('an unreadable labour-signs after pregnant "yes" is still an emergency', () => {
      const result = triageAny({ answers: { pregnant: 'yes', 'labour-signs': 'not really' } });
      expectWarningNaming('labour-signs');
      expectAtLeast(result, 'emergency-department');
    });

    it('an explicit null answer to a red-flag question warns and counts as "unsure"', () => {
      const result = triageAny({ answers: { 'bladder-bowel': null } });
      expectWarningNaming('bladder-bowel');
      expectAtLeast(result, 'emergency-department');
    });

    it('an unreadable "improving" warns and counts as "unsure" once three days have passed', () => {
      const result = triageAny({ answers: {}, improving: 'a bit', durationDays: 5 });
      expectWarningNaming('improving');
      expect(result.level).to.equal('appointment');
      expect(result.reasons).to.deep.equal(['not-improving']);
    });

    it('does not throw for an answer that refers to itself', () => {
      const circular: Record<string, unknown> = {};
      circular['self'] = circular;
      let result: TriageResult | undefined;
      expect(() => {
        result = triageAny({ answers: { 'chest-pain': circular } });
      }).not.to.throw();
      expectWarningNaming('chest-pain');
      expectAtLeast(result as TriageResult, 'call-emergency');
    });

    it('does not throw for a BigInt answer', () => {
      let result: TriageResult | undefined;
      expect(() => {
        result = triageAny({ answers: { 'saddle-numbness': BigInt(1) } });
      }).not.to.throw();
      expectWarningNaming('saddle-numbness');
      expectAtLeast(result as TriageResult, 'emergency-department');
    });
  });

  describe('answers that are not an object', () => {
    const badAnswers: [string, unknown][] = [
      ['a string', 'chest-pain'],
      ['a number', 42],
      ['an array', ['chest-pain']],
      ['true', true],
      ['null', null],
    ];
    for (const [label, answers] of badAnswers) {
      it(`warns when answers is ${label}, and still reads the duration and the age`, () => {
        let result: TriageResult | undefined;
        expect(() => {
          result = triageAny({ answers, durationDays: 50, improving: 'yes' });
        }).not.to.throw();
        expectWarningNaming('answers');
        expect(result?.level).to.equal('appointment');
        expect(result?.reasons).to.deep.equal(['over-six-weeks']);
        expect(triageAny({ answers, age: 4 })).to.deep.equal({ level: 'urgent', reasons: ['young-child'], unsure: [] });
        expect(triageAny({ answers, durationDays: 50 }).reasons).to.deep.equal(['not-improving', 'over-six-weeks']);
      });
    }
  });

  describe('input that is not an object', () => {
    const badInputs: [string, unknown][] = [
      ['null', null],
      ['undefined', undefined],
      ['a string', 'chest-pain'],
      ['a number', 7],
    ];
    for (const [label, input] of badInputs) {
      it(`warns when the input is ${label}, and gives self-care`, () => {
        let result: TriageResult | undefined;
        expect(() => {
          result = triageAny(input);
        }).not.to.throw();
        expect(warn.called, 'console.warn was called').to.equal(true);
        expectWarningNaming('input');
        expect(result).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
      });
    }
  });

  describe('well-formed input', () => {
    it('does not warn when a context value is left out', () => {
      triage({ answers: { 'leg-pain': 'yes' } });
      triage({ answers: {}, durationDays: 3 });
      triage({ answers: {}, age: 0 });
      triage({});
      expect(warn.called, String(warn.firstCall?.args[0])).to.equal(false);
    });

    it('does not warn about labour-signs given without pregnant "yes"', () => {
      triage({ answers: { pregnant: 'no', 'labour-signs': 'no' } });
      triage({ answers: { 'labour-signs': 'yes' } });
      expect(warn.called, String(warn.firstCall?.args[0])).to.equal(false);
    });

    it('does not warn, and does not change the input', () => {
      const input = Object.freeze({
        answers: Object.freeze({ fever: 'yes', 'infection-risk': 'unsure', 'leg-pain': 'no', pregnant: 'no', 'labour-signs': 'no' } as const),
        age: 40,
        durationDays: 4,
        improving: 'no' as const,
      });
      const copy = JSON.stringify(input);
      const result = triage(input);
      expect(result).to.deep.equal({ level: 'emergency-department', reasons: ['fever-with-infection-risk'], unsure: ['infection-risk'] });
      expect(JSON.stringify(input)).to.equal(copy);
      expect(warn.called, String(warn.firstCall?.args[0])).to.equal(false);
    });
  });
});
