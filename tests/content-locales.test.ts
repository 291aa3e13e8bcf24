/*
 * Every translation against the English reference: same shape, same sources, same numbers, the same
 * {placeholders}, no empty text and no English left untranslated. The walk is generic, so adding the
 * timer and checklist wording (or a whole LocaleContent) to the list below checks them too.
 */
import { expect } from '@open-wc/testing';
import { en } from '../src/content/en.js';
import { checker as esChecker } from '../src/content/es/checker.js';
import { checklist as esChecklist } from '../src/content/es/checklist.js';
import { checker as frChecker } from '../src/content/fr/checker.js';
import { checklist as frChecklist } from '../src/content/fr/checklist.js';
import { timer as esTimer } from '../src/content/es/timer.js';
import { timer as frTimer } from '../src/content/fr/timer.js';
import type { LocaleContent } from '../src/content/types.js';

/** The parts of a locale compared here; a whole LocaleContent fits too. */
type Checked = Partial<LocaleContent>;

const reference: Checked = { checker: en.checker, timer: en.timer, checklist: en.checklist };

/** [locale, content] pairs checked against `reference`. */
const translations: readonly (readonly [locale: string, content: Checked])[] = [
  ['es', { checker: esChecker, timer: esTimer, checklist: esChecklist }],
  ['fr', { checker: frChecker, timer: frTimer, checklist: frChecklist }],
];

/** Strings that are rightly the same as in English, per locale: short words spelled alike. */
const sameAsEnglish: Readonly<Record<string, readonly string[]>> = {
  es: ['No', 'Error:'],
  fr: ['Date', 'Pause', 'Sources', 'Urgent'],
};

interface Leaf {
  readonly path: string;
  readonly english: unknown;
  readonly translated: unknown;
}

interface Walked {
  /** Differences of structure: missing or extra keys, lists of another length, another type. */
  readonly shape: string[];
  /** Every `sources` list, compared whole. */
  readonly sources: Leaf[];
  /** Every other value that is not an object or a list. */
  readonly leaves: Leaf[];
  /** Every translated plural phrase, by the forms it gives. */
  readonly plurals: { readonly path: string; readonly forms: readonly string[] }[];
}

const pluralCategories: ReadonlySet<string> = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A PluralText: its forms differ between languages, so its keys are not compared one to one. */
function isPlural(value: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(value);
  return keys.includes('other') && keys.every((key) => pluralCategories.has(key) && typeof value[key] === 'string');
}

function walk(english: unknown, translated: unknown, path: string, out: Walked): Walked {
  if (Array.isArray(english)) {
    if (!Array.isArray(translated)) {
      out.shape.push(`${path}: should be a list`);
      return out;
    }
    if (translated.length !== english.length) {
      out.shape.push(`${path}: has ${translated.length} items, English has ${english.length}`);
    }
    english.forEach((item, index) => {
      if (index < translated.length) walk(item, translated[index], `${path}[${index}]`, out);
    });
    return out;
  }
  if (isRecord(english)) {
    if (!isRecord(translated)) {
      out.shape.push(`${path}: should be an object`);
      return out;
    }
    if (isPlural(english)) {
      if (!isPlural(translated)) out.shape.push(`${path}: should be plural forms with an "other" form`);
      else out.plurals.push({ path, forms: Object.keys(translated) });
      // A form English lacks ("many" in French) is held to English "other".
      for (const [form, text] of Object.entries(translated)) {
        out.leaves.push({ path: `${path}.${form}`, english: english[form] ?? english.other, translated: text });
      }
      return out;
    }
    for (const key of Object.keys(translated)) {
      if (!(key in english)) out.shape.push(`${path}.${key}: not in English`);
    }
    for (const [key, value] of Object.entries(english)) {
      const child = `${path}.${key}`;
      if (!(key in translated)) out.shape.push(`${child}: missing`);
      // A citation list; a `sources` label ("Sources:") is text like any other.
      else if (key === 'sources' && Array.isArray(value)) {
        out.sources.push({ path: child, english: value, translated: translated[key] });
      } else walk(value, translated[key], child, out);
    }
    return out;
  }
  if (typeof english !== typeof translated) out.shape.push(`${path}: should be a ${typeof english}`);
  else out.leaves.push({ path, english, translated });
  return out;
}

function compare(content: Checked): Walked {
  return walk(reference, content, '', { shape: [], sources: [], leaves: [], plurals: [] });
}

function texts(walked: Walked): (Leaf & { readonly english: string; readonly translated: string })[] {
  return walked.leaves.filter(
    (leaf): leaf is Leaf & { english: string; translated: string } =>
      typeof leaf.english === 'string' && typeof leaf.translated === 'string',
  );
}

/** The plural forms Intl.PluralRules picks from for a language, sorted. */
function pluralForms(locale: string): string[] {
  return [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
}

/**
 * Punctuation each language requires. French: a no-break space (\u00a0) before ? ! : ; and inside
 * « », never an ordinary space, so a mark never wraps alone onto the next line. Spanish: every ? and
 * ! is opened by ¿ and ¡.
 */
function punctuationProblems(locale: string, text: string): string[] {
  const found: string[] = [];
  if (locale === 'fr') {
    for (const match of text.matchAll(/(.?)([?!:;»])/g)) {
      if (match[1] !== '\u00a0') found.push(`no no-break space before "${match[2]}"`);
    }
    for (const match of text.matchAll(/«(.?)/g)) {
      if (match[1] !== '\u00a0') found.push('no no-break space after "«"');
    }
  }
  if (locale === 'es') {
    const count = (mark: string) => text.split(mark).length - 1;
    if (count('?') !== count('¿')) found.push('a "?" without its "¿", or the other way round');
    if (count('!') !== count('¡')) found.push('a "!" without its "¡", or the other way round');
  }
  return found;
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].sort();
}

/** What is wrong with one translation, as readable lines; empty when all is well. */
function problems(locale: string, content: Checked) {
  const walked = compare(content);
  const allowed = new Set(sameAsEnglish[locale] ?? []);
  return {
    walked,
    shape: walked.shape,
    sources: walked.sources
      .filter((leaf) => JSON.stringify(leaf.translated) !== JSON.stringify(leaf.english))
      .map((leaf) => `${leaf.path}: ${JSON.stringify(leaf.translated)}, English ${JSON.stringify(leaf.english)}`),
    values: walked.leaves
      .filter((leaf) => typeof leaf.english !== 'string' && leaf.translated !== leaf.english)
      .map((leaf) => `${leaf.path}: ${String(leaf.translated)}, English ${String(leaf.english)}`),
    placeholders: texts(walked)
      .filter((leaf) => placeholders(leaf.translated).join() !== placeholders(leaf.english).join())
      .map((leaf) => `${leaf.path}: {${placeholders(leaf.translated).join('} {')}} in "${leaf.translated}"`),
    empty: texts(walked)
      .filter((leaf) => leaf.translated.trim() === '')
      .map((leaf) => leaf.path),
    untranslated: texts(walked)
      .filter((leaf) => leaf.translated === leaf.english && !allowed.has(leaf.english))
      .map((leaf) => `${leaf.path}: "${leaf.translated}"`),
    plurals: walked.plurals
      .filter((plural) => [...plural.forms].sort().join() !== pluralForms(locale).join())
      .map((plural) => {
        const given = [...plural.forms].sort().join(' ');
        return `${plural.path}: ${given}, ${locale} needs ${pluralForms(locale).join(' ')}`;
      }),
    punctuation: texts(walked).flatMap((leaf) =>
      punctuationProblems(locale, leaf.translated).map((problem) => `${leaf.path}: ${problem} in "${leaf.translated}"`),
    ),
  };
}

for (const [locale, content] of translations) {
  describe(`${locale} content against English`, () => {
    const found = problems(locale, content);

    it('has every entry English has, and no other', () => {
      expect(found.shape).to.deep.equal([]);
    });

    it('cites the same sources, in the same order, for every statement', () => {
      expect(found.sources).to.deep.equal([]);
      expect(found.walked.sources.length).to.be.greaterThan(0);
      expect(found.walked.sources.length).to.equal(compare(reference).sources.length);
    });

    it('offers the same durations, with the same days, in the same order', () => {
      const days = (checked: Checked) => checked.checker?.context.durations.map((option) => option.days);
      expect(days(reference)).to.have.length.greaterThan(0);
      expect(days(content)).to.deep.equal(days(reference));
    });

    it('keeps every number and other value that is not text', () => {
      expect(found.values).to.deep.equal([]);
    });

    it('keeps the {placeholders} of every string', () => {
      expect(found.placeholders).to.deep.equal([]);
    });

    it('has no empty string', () => {
      expect(found.empty).to.deep.equal([]);
    });

    it('gives every plural phrase exactly the forms the language needs', () => {
      expect(found.plurals).to.deep.equal([]);
      expect(found.walked.plurals.length).to.equal(compare(reference).plurals.length);
    });

    it('follows the punctuation of the language', () => {
      expect(found.punctuation).to.deep.equal([]);
    });

    it('translates every string, apart from the words listed as the same in both languages', () => {
      expect(found.untranslated).to.deep.equal([]);
      const identical = new Set(
        texts(found.walked)
          .filter((leaf) => leaf.translated === leaf.english)
          .map((leaf) => leaf.english),
      );
      // The list stays honest: a word no longer used is removed from it.
      expect([...(sameAsEnglish[locale] ?? [])].filter((word) => !identical.has(word))).to.deep.equal([]);
    });
  });
}

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access -- copies broken on purpose, key by key */
describe('the locale checks themselves', () => {
  it('catch a broken copy: a changed source, a lost placeholder, an English string, an empty one, a moved day', () => {
    const broken = structuredClone({ checker: esChecker, timer: esTimer, checklist: esChecklist }) as {
      checker: Record<string, any>; // any: the copy is mutated freely
      timer: Record<string, any>; // any: the copy is mutated freely
      checklist: Record<string, any>; // any: the copy is mutated freely
    };
    broken.checker.selfCare[0].sources = ['seed-001'];
    broken.checker.levels['call-emergency'].title = 'Llame ahora';
    broken.checker.ui.print = en.checker.ui.print;
    broken.checker.ui.back = ' ';
    broken.checker.context.durations[4].days = 42;
    delete broken.checker.questions['leg-pain'];
    broken.timer.safety[1].sources = ['NHS-SPRAINS', 'seed-001'];
    broken.timer.ui.restUntil = 'Deje descansar su piel.';
    const found = problems('es', broken as unknown as Checked);
    expect(found.sources).to.deep.equal([
      '.checker.selfCare[0].sources: ["seed-001"], English ["seed-000","seed-001","seed-002"]',
      '.timer.safety[1].sources: ["NHS-SPRAINS","seed-001"], English ["seed-001","NHS-SPRAINS"]',
    ]);
    expect(found.placeholders).to.deep.equal([
      '.checker.levels.call-emergency.title: {} in "Llame ahora"',
      '.timer.ui.restUntil: {} in "Deje descansar su piel."',
    ]);
    expect(found.untranslated).to.deep.equal(['.checker.ui.print: "Print summary"']);
    expect(found.empty).to.deep.equal(['.checker.ui.back']);
    expect(found.values).to.deep.equal(['.checker.context.durations[4].days: 42, English 43']);
    expect(found.shape).to.deep.equal(['.checker.questions.leg-pain: missing']);
  });

  it('catch a plural phrase without a form the language needs, and punctuation of the wrong language', () => {
    const broken = structuredClone({ checker: frChecker, timer: frTimer, checklist: frChecklist }) as {
      checker: Record<string, any>; // any: the copy is mutated freely
      timer: Record<string, any>; // any: the copy is mutated freely
      checklist: Record<string, any>; // any: the copy is mutated freely
    };
    delete broken.checklist.ui.streak.many;
    broken.checker.context.ageLabel = 'Quel âge avez-vous ?';
    broken.checklist.ui.why = '«Pourquoi»';
    broken.timer.ui.sources = 'Sources : {list}';
    const found = problems('fr', broken as unknown as Checked);
    expect(found.plurals).to.deep.equal(['.checklist.ui.streak: one other, fr needs many one other']);
    expect(found.punctuation).to.deep.equal([
      '.checker.context.ageLabel: no no-break space before "?" in "Quel âge avez-vous ?"',
      '.timer.ui.sources: no no-break space before ":" in "Sources : {list}"',
      '.checklist.ui.why: no no-break space before "»" in "«Pourquoi»"',
      '.checklist.ui.why: no no-break space after "«" in "«Pourquoi»"',
    ]);
    expect(punctuationProblems('es', '¿Tiene fiebre? Sí!')).to.deep.equal(['a "!" without its "¡", or the other way round']);
    expect(punctuationProblems('es', '¿Tiene fiebre? ¡Sí!')).to.deep.equal([]);
  });

  it('hold a plural form that English lacks to the English "other" form', () => {
    const english = { streak: { one: '{count} day', other: '{count} days' } };
    const walked = walk(english, { streak: { one: '{count} jour', many: '{count} de jours', other: 'jours' } }, '', {
      shape: [],
      sources: [],
      leaves: [],
      plurals: [],
    });
    expect(walked.shape).to.deep.equal([]);
    expect(walked.leaves.map((leaf) => [leaf.path, leaf.english])).to.deep.equal([
      ['.streak.one', '{count} day'],
      ['.streak.many', '{count} days'],
      ['.streak.other', '{count} days'],
    ]);
  });
});
/* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access */
