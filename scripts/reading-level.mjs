// The reading level of the checker's wording, as CLINICAL.md's "Wording" rule measures it:
//   English  Flesch-Kincaid grade: 6 or below for questions and hints, 7 or below for result texts;
//   Spanish  Fernández-Huerta index: 70 or above for questions and hints, 60 or above for results;
//   French   Kandel-Moles index: 70 or above for questions and hints, 60 or above for results.
// "Where the same meaning cannot reach the score, the meaning wins and the text is listed with its
// score": such a text goes in EXCEPTIONS below, with its score and the reason.
//   node scripts/reading-level.mjs [en|es|fr] [content module]
// prints each text's score, furthest from its limit first (the module defaults to the built
// dist/content/<lang>/checker.js). The Node tests (tests/node/reading-level.test.mjs) fail when
// an unlisted text misses its limit, or a listed text's score is no longer the one listed.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The English limits (Flesch-Kincaid grades, at most). */
export const QUESTION_LIMIT = 6;
export const RESULT_LIMIT = 7;

/** Each language's limits: a grade at most for English, an index at least for Spanish and French. */
export const LIMITS = {
  en: { question: QUESTION_LIMIT, result: RESULT_LIMIT },
  es: { question: 70, result: 60 },
  fr: { question: 70, result: 60 },
};

/**
 * Texts whose meaning cannot reach their limit, each { lang, path, score, reason }: the score is
 * the one the text has (to one decimal), so a listed text whose wording changes is looked at
 * again. Keep this list short; every entry says why the plainer wording would change the meaning.
 */
const SHORT = 'a text of two to five words cannot reach the limit: the index as CLINICAL.md gives it takes 1.02 points off per sentence per 100 words, so the shorter the text, the lower its score; there is no plainer wording';
export const EXCEPTIONS = [
  { lang: 'en', path: 'safetyNet.emergencyDepartment.heading', score: 7.4, reason: 'the level’s own words, as the emergency-department result says them' },
  { lang: 'en', path: 'questions.bone-fragility.items[0]', score: 6.3, reason: 'the medical name, in brackets after the plain one, is the word a visitor with it was given' },
  { lang: 'es', path: 'sections.emergency.title', score: 18.4, reason: SHORT },
  { lang: 'es', path: 'sections.about.title', score: 35.8, reason: SHORT },
  { lang: 'es', path: 'questions.fever.text', score: 35.8, reason: SHORT },
  { lang: 'es', path: 'questions.fever.yes', score: 35.8, reason: SHORT },
  { lang: 'es', path: 'questions.infection-risk.items[0]', score: 52.8, reason: SHORT },
  { lang: 'es', path: 'sections.risk.title', score: 65.8, reason: SHORT },
];

const round1 = (value) => Math.round(value * 10) / 10;

/*
 * Text normalisation, the same for every language:
 * - a placeholder such as `{emergency}` reads as a short word of one syllable ("it");
 * - quotation marks, brackets and the Spanish opening marks ¿ ¡ are spaces;
 * - words are what stands between spaces (a no-break space is a space), with the punctuation at
 *   either end taken off: "avez-vous", "l’eau" and "aujourd’hui" are one word each;
 * - a word without a letter (a number such as "20" or "112") is one word of one syllable, and so
 *   is any word a counter finds no syllable in;
 * - sentences end at . ! ? ; or : followed by a space or the end of the text; a text without one
 *   is one sentence.
 */
const normalise = (text) => text.replace(/\{(\w+)\}/g, 'it').replace(/[“”"()«»‹›„¿¡]/g, ' ');

const wordsOf = (plain) =>
  plain
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
    .filter(Boolean);

/** English syllables, from the `syllable` package. */
export const englishSyllables = (word) => syllable(word);

/** Counts of one text, { sentence, word, syllable }, with the given syllable counter. */
export function counts(text, countSyllables = englishSyllables) {
  const plain = normalise(text);
  const sentences = plain.split(/[.!?;:]+(?:\s+|$)/).filter((part) => /[\p{L}\d]/u.test(part));
  const words = wordsOf(plain);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, countSyllables(word)), 0);
  return { sentence: Math.max(1, sentences.length), word: words.length, syllable: syllables };
}

/*
 * Spanish syllables: the vowel groups of the written word, each split at its hiatus.
 * 1. Lower case; "h" is silent and dropped, so the vowels either side of it meet (a-ho-ra, bú-ho).
 * 2. The "u" of "qu", and of "gu" before e/i (guerra, guitarra), is silent and dropped; "gü" is
 *    heard and stays (pin-güi-no, ver-güen-za); "gua", "guo" keep their "u" (a-gua).
 * 3. "y" is a vowel (a weak one, like "i") unless a vowel follows it: "hoy", "muy", "y", "buey"
 *    against "ayer", "reyes", "yo".
 * 4. Vowels are a e i o u á é í ó ú ü and vowel-"y". In each run of vowels, every strong vowel
 *    (a e o á é ó) and every accented weak vowel (í ú) is the nucleus of its own syllable, so
 *    two of them side by side are a hiatus (po-e-ta, le-er, dí-a, pa-ís, re-ú-ne). Unaccented weak
 *    vowels (i u ü y) join the nucleus next to them: a diphthong or triphthong is one syllable
 *    (tie-ne, ai-re, U-ru-guay, a-ve-ri-guáis). A run of weak vowels only is one syllable
 *    (ciu-dad, cui-da-do).
 */
const ES_VOWELS = 'aeiouáéíóúü';
const ES_NUCLEI = 'aeoáéóíú';

export function spanishSyllables(word) {
  const letters = word
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^a-zñáéíóúü]/g, '')
    .replace(/h/g, '')
    .replace(/qu/g, 'q')
    .replace(/gu(?=[eiéí])/g, 'g');
  let total = 0;
  let run = '';
  const close = () => {
    if (run) total += Math.max(1, [...run].filter((letter) => ES_NUCLEI.includes(letter)).length);
    run = '';
  };
  for (let i = 0; i < letters.length; i++) {
    const letter = letters[i];
    const vowel = ES_VOWELS.includes(letter) || (letter === 'y' && !ES_VOWELS.includes(letters[i + 1] ?? '-'));
    if (vowel) run += letter;
    else close();
  }
  close();
  return total;
}

/*
 * French syllables: the vowel groups of the written word, less a silent ending.
 * 1. Lower case; a word is counted in parts split at hyphens and apostrophes, each part on its own
 *    (a-vez + vous, l’ + eau, au-jour-d’ + hui, vous + même), and the parts are added up.
 * 2. The "u" of "qu", and of "gu" before e, é, è, ê, i, î or y, is silent and dropped (que, quel-que,
 *    vague, guerre).
 * 3. A silent ending does not count when another vowel group comes before it:
 *    - a final "e" or "es" (table, jambes, per-sonnes, an-née, rue; but "le", "les", "que": alone);
 *    - a final "ent" after a consonant, as the verb ending of "ils mangent", "viennent",
 *      "comptent". It stays when the word is one vowel group besides (vent, dent, lent), when
 *      "ent" follows a vowel (pa-tient, client), when the word ends in "-ment" (mo-ment,
 *      dou-ce-ment, mé-di-ca-ment: adverbs and nouns; VERBS_IN_MENT lists the verbs, such as
 *      "aiment", whose "-ment" is silent), and in the nouns, adjectives and adverbs of
 *      SOUNDED_ENT (sou-vent, ur-gent, ac-ci-dent).
 * 4. Vowels are a à â ä e é è ê ë i î ï o ô ö u ù û ü y ÿ œ æ, and a run of them is one group
 *    (eau, ou, ai, oi, œu, ieu: beau-coup, dou-leur, cœur), except that:
 *    - ë ï ü begin a new group (na-ïf, No-ël, ma-ïs, cor-ti-co-ïdes);
 *    - é and è begin a new group unless they follow an "i" (po-ète, a-é-ro-port; but pi-tié,
 *      fiè-vre), and a vowel after é begins a new group (ré-el, o-cé-an, thé-â-tre);
 *    - "y" between two vowels, or first in a part and before a vowel, is a consonant (pa-yer,
 *      mo-yen, cra-yon, yeux); anywhere else it is a vowel (y, type, symp-tômes).
 * Known misses: "aiguë" (3 for 2), "créent" (2 for 1), "poêle" (2 for 1), "yaourt" (1 for 2).
 */
const FR_VOWELS = 'aàâäeéèêëiîïoôöuùûüyÿœæ';
const FR_NEW_GROUP = 'ëïü';

/** Words in "-ent" (not "-ment") whose ending is heard: nouns, adjectives and adverbs. */
export const SOUNDED_ENT = new Set([
  'absent', 'accent', 'accident', 'adolescent', 'agent', 'ardent', 'argent', 'content', 'continent',
  'couvent', 'décent', 'différent', 'équivalent', 'évident', 'excellent', 'fréquent', 'imprudent',
  'incident', 'indulgent', 'innocent', 'insolent', 'intelligent', 'parent', 'permanent', 'présent',
  'prudent', 'récent', 'serpent', 'souvent', 'talent', 'torrent', 'urgent', 'violent',
]);

/** Verbs in "-ment" whose "-ent" is the silent verb ending (ils aiment, elles dorment). */
export const VERBS_IN_MENT = new Set([
  'affirment', 'aiment', 'allument', 'animent', 'arment', 'calment', 'confirment', 'consomment',
  'dorment', 'endorment', 'estiment', 'expriment', 'ferment', 'forment', 'fument', 'impriment',
  'informent', 'nomment', 'priment', 'sèment', 'suppriment', 'transforment',
]);

const frVowel = (letter) => FR_VOWELS.includes(letter ?? '-');
const frHasGroup = (letters) => [...letters].some(frVowel);

function frenchPart(part) {
  const spelled = part.replace(/[^a-zàâäçéèêëîïôöùûüÿœæ]/g, '');
  let letters = spelled.replace(/qu/g, 'q').replace(/gu(?=[eéèêiîy])/g, 'g');
  const beforeEnt = letters.at(-4);
  const silentEnt =
    letters.endsWith('ent') &&
    beforeEnt !== undefined &&
    !frVowel(beforeEnt) &&
    !SOUNDED_ENT.has(spelled) &&
    (!spelled.endsWith('ment') || VERBS_IN_MENT.has(spelled));
  if (silentEnt && frHasGroup(letters.slice(0, -3))) letters = letters.slice(0, -3);
  else if (letters.endsWith('es') && frHasGroup(letters.slice(0, -2))) letters = letters.slice(0, -2);
  else if (letters.endsWith('e') && frHasGroup(letters.slice(0, -1))) letters = letters.slice(0, -1);
  let groups = 0;
  let previous = null; // the last vowel of the open group, or null after a consonant
  for (let i = 0; i < letters.length; i++) {
    const letter = letters[i];
    const consonantY = letter === 'y' && frVowel(letters[i + 1]) && (i === 0 || previous !== null);
    if (!frVowel(letter) || consonantY) {
      previous = null;
      continue;
    }
    const opensGroup =
      previous === null ||
      FR_NEW_GROUP.includes(letter) ||
      ('éè'.includes(letter) && previous !== 'i') ||
      previous === 'é';
    if (opensGroup) groups += 1;
    previous = letter;
  }
  return groups;
}

export function frenchSyllables(word) {
  return word
    .toLowerCase()
    .normalize('NFC')
    .split(/[-'’]/)
    .reduce((sum, part) => sum + frenchPart(part), 0);
}

/** The Flesch-Kincaid grade of an English text, rounded to one decimal. */
export function grade(text) {
  return round1(fleschKincaid(counts(text)));
}

/**
 * The Fernández-Huerta index of a Spanish text, rounded to one decimal, as CLINICAL.md gives it:
 * 206.84 − 0.60 × (syllables per 100 words) − 1.02 × (sentences per 100 words).
 * In this form more, shorter sentences lower the index, and a text of two or three words loses
 * 35 to 50 points to its one sentence ("¿Tiene fiebre?" is at 35.8). Some readers of the 1959
 * paper take the last term as words per sentence instead, as in Flesch's formula, which it adapts.
 */
export function fernandezHuerta(text) {
  const { sentence, word, syllable: syllables } = counts(text, spanishSyllables);
  return round1(206.84 - 0.6 * ((100 * syllables) / word) - 1.02 * ((100 * sentence) / word));
}

/**
 * The Kandel-Moles index of a French text, rounded to one decimal:
 * 207 − 1.015 × (words per sentence) − 73.6 × (syllables per word).
 */
export function kandelMoles(text) {
  const { sentence, word, syllable: syllables } = counts(text, frenchSyllables);
  return round1(207 - 1.015 * (word / sentence) - 73.6 * (syllables / word));
}

/** Each language's measure: its name, its scoring function, and whether a higher score is easier. */
export const MEASURES = {
  en: { name: 'Flesch-Kincaid grade', score: grade, syllables: englishSyllables, higherIsEasier: false },
  es: { name: 'Fernández-Huerta index', score: fernandezHuerta, syllables: spanishSyllables, higherIsEasier: true },
  fr: { name: 'Kandel-Moles index', score: kandelMoles, syllables: frenchSyllables, higherIsEasier: true },
};

/** Whether a score is within its limit in that language (a grade at most, an index at least). */
export const meetsLimit = (lang, score, limit) => (MEASURES[lang].higherIsEasier ? score >= limit : score <= limit);

// Texts read with the question limit: the screens before the result. Everything else is a result text.
const QUESTION_PATH =
  /^(?:heading|intro|privacy|start\.|sections\.|context\.|questions\.[^.]+\.(?:text|hint|items\[\d+\]))/;

/** A string of the content that reads as a sentence: two words or more, ending at . ! ? : or ;. */
const isSentence = (text) => wordsOf(normalise(text)).length >= 2 && /[.!?:;]$/.test(text.trim());

/**
 * Every text of a checker's content, each as { path, text, kind, limit }: kind is 'question'
 * (the first screen, questions, list items, hints and the other screens before the result) or
 * 'result', and limit is that kind's limit in `lang`. The texts of CheckerContent are named below
 * (any that a content does not have is left out); then any other string of the content that reads
 * as a sentence (see isSentence) is measured too, wherever it is, so a text added to the content
 * before this list knows it is not missed: it takes the question limit where it stands among the
 * question texts (QUESTION_PATH), the result limit anywhere else. `sources` lists are not text;
 * labels, buttons and headings without a full stop (answers, "Print summary") are not measured.
 */
export function checkerTexts(checker, lang = 'en') {
  const limits = LIMITS[lang];
  if (!limits) throw new Error(`No reading-level limits for "${lang}"; known: ${Object.keys(LIMITS).join(', ')}.`);
  const texts = [];
  const covered = new Set();
  const add = (path, text, kind, from = [path]) => {
    for (const source of from) covered.add(source);
    if (typeof text === 'string' && text.trim() !== '') texts.push({ path, text, kind, limit: limits[kind] });
  };
  const entries = (value) => Object.entries(value ?? {});
  const list = (value) => (Array.isArray(value) ? value : []);
  const textOf = (item) => (typeof item === 'string' ? item : item?.text);
  // The first screen, before the first question.
  add('intro', checker.intro, 'question');
  add('privacy', checker.privacy, 'question');
  for (const [key, text] of entries(checker.start)) add(`start.${key}`, text, 'question');
  for (const [id, section] of entries(checker.sections)) {
    add(`sections.${id}.title`, section.title, 'question');
    add(`sections.${id}.intro`, section.intro, 'question');
  }
  for (const [id, question] of entries(checker.questions)) {
    add(`questions.${id}.text`, question.text, 'question');
    add(`questions.${id}.hint`, question.hint, 'question');
    // A list question's items are the question, each read on its own line.
    list(question.items).forEach((item, index) =>
      add(`questions.${id}.items[${index}]`, textOf(item), 'question', [
        `questions.${id}.items[${index}]`,
        `questions.${id}.items[${index}].text`,
      ]),
    );
    add(`questions.${id}.yes`, question.yes, 'result');
    add(`questions.${id}.unsure`, question.unsure, 'result');
  }
  const context = checker.context ?? {};
  for (const key of ['ageLabel', 'ageHint', 'ageError', 'durationLegend', 'improvingLegend']) {
    add(`context.${key}`, context[key], 'question');
  }
  list(context.durations).forEach((option, index) =>
    add(`context.durations[${index}]`, option.label, 'question', [`context.durations[${index}].label`]),
  );
  // The result.
  for (const [id, text] of entries(checker.combinations)) add(`combinations.${id}`, text, 'result');
  for (const [id, advice] of entries(checker.advice)) {
    add(`advice.${id}`, advice.text, 'result', [`advice.${id}.text`]);
  }
  // A level is read as its heading and then its action: measured together, as one text.
  for (const [id, level] of entries(checker.levels)) {
    add(`levels.${id}`, `${level.title}. ${level.action}`, 'result', [`levels.${id}.title`, `levels.${id}.action`]);
  }
  list(checker.selfCare).forEach((item, index) =>
    add(`selfCare[${index}]`, textOf(item), 'result', [`selfCare[${index}].text`]),
  );
  list(checker.comeBackIf).forEach((item, index) =>
    add(`comeBackIf[${index}]`, textOf(item), 'result', [`comeBackIf[${index}].text`]),
  );
  // The safety net: a lead-in, then lists of signs, each a heading ("Call {emergency} now if:")
  // and items; the heading and each item are measured on their own, as they are read.
  for (const [key, part] of entries(checker.safetyNet)) {
    if (typeof part === 'string') {
      add(`safetyNet.${key}`, part, 'result');
    } else if (part && Array.isArray(part.items)) {
      add(`safetyNet.${key}.heading`, part.heading, 'result');
      part.items.forEach((item, index) =>
        add(`safetyNet.${key}.items[${index}]`, textOf(item), 'result', [
          `safetyNet.${key}.items[${index}]`,
          `safetyNet.${key}.items[${index}].text`,
        ]),
      );
    } else if (part) {
      add(`safetyNet.${key}`, textOf(part), 'result', [`safetyNet.${key}.text`]);
    }
  }
  add('disclaimer', checker.disclaimer, 'result');
  const ui = checker.ui ?? {};
  for (const key of ['whyNone', 'unsureNote', 'noClinicUrgent', 'noClinicAppointment', 'clinicClosed', 'clinicClosedNoLine']) {
    add(`ui.${key}`, ui[key], 'result');
  }
  const sweep = (value, path) => {
    if (typeof value === 'string') {
      if (!covered.has(path) && isSentence(value)) add(path, value, QUESTION_PATH.test(path) ? 'question' : 'result');
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => sweep(item, `${path}[${index}]`));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (key !== 'sources') sweep(item, path ? `${path}.${key}` : key);
      }
    }
  };
  sweep(checker, '');
  return texts;
}

/**
 * Every text of a checker's content in `lang` with its score: { path, text, kind, limit, score,
 * meets, exception, problem }. `exception` is the matching entry of `exceptions`, if any; `problem`
 * says what is wrong, or is null: an unlisted text that misses its limit, a listed text whose score
 * is not the listed one, or a listed text that meets its limit (its entry is no longer needed).
 */
export function readingLevels(checker, lang, exceptions = EXCEPTIONS) {
  const { name, score: measure } = MEASURES[lang];
  return checkerTexts(checker, lang).map((entry) => {
    const score = measure(entry.text);
    const meets = meetsLimit(lang, score, entry.limit);
    const exception = exceptions.find((item) => item.lang === lang && item.path === entry.path) ?? null;
    let problem = null;
    if (exception && exception.score !== score) {
      problem =
        `${entry.path} is listed at ${name} ${exception.score} but is now at ${score}: ` +
        `update or remove its entry in EXCEPTIONS: "${entry.text}"`;
    } else if (exception && meets) {
      problem = `${entry.path} meets its limit (${name} ${score}, limit ${entry.limit}): remove its entry from EXCEPTIONS.`;
    } else if (!exception && !meets) {
      problem = `${entry.path} is at ${name} ${score} (limit ${entry.limit}): "${entry.text}"`;
    }
    return { ...entry, score, meets, exception, problem };
  });
}

/** Entries of `exceptions` for `lang` that name no text of the checker, or give no reason. */
export function staleExceptions(checker, lang, exceptions = EXCEPTIONS) {
  const paths = new Set(checkerTexts(checker, lang).map((entry) => entry.path));
  return exceptions.filter(
    (item) => item.lang === lang && (!paths.has(item.path) || typeof item.reason !== 'string' || item.reason.trim() === ''),
  );
}

/** How far a score is on the wrong side of its limit (negative when it is within it). */
export const shortfall = (lang, score, limit) => (MEASURES[lang].higherIsEasier ? limit - score : score - limit);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const lang = args[0] && args[0] in LIMITS ? args.shift() : 'en';
  const module = args[0]
    ? pathToFileURL(resolve(args[0])).href
    : new URL(`../dist/content/${lang}/checker.js`, import.meta.url).href;
  const { checker } = await import(module);
  const { name, higherIsEasier } = MEASURES[lang];
  const rows = readingLevels(checker, lang);
  rows.sort((a, b) => shortfall(lang, b.score, b.limit) - shortfall(lang, a.score, a.limit));
  const miss = higherIsEasier ? 'UNDER' : 'OVER ';
  for (const row of rows) {
    const flag = row.exception ? 'LISTED' : row.meets ? '      ' : ` ${miss}`;
    const bound = `${higherIsEasier ? 'min' : 'max'} ${row.limit}`;
    console.log(`${flag} ${row.score.toFixed(1).padStart(6)} (${bound}) ${row.path}: ${row.text}`);
  }
  const missing = rows.filter((row) => !row.meets).length;
  const listed = rows.filter((row) => row.exception).length;
  const mean = rows.reduce((sum, row) => sum + row.score, 0) / rows.length;
  console.log(
    `${lang}, ${name}: ${rows.length} texts, ${missing} ${higherIsEasier ? 'under' : 'over'} their limit ` +
      `(${listed} listed as exceptions), mean ${mean.toFixed(1)}, worst ${rows[0]?.score}`,
  );
  for (const row of rows.filter((item) => item.problem && item.exception)) console.log(`  ${row.problem}`);
  for (const item of staleExceptions(checker, lang)) console.log(`  exception without a text or a reason: ${item.path}`);
}
