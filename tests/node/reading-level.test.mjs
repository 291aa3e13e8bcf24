// CLINICAL.md "Wording": every English question and hint at Flesch-Kincaid grade 6 or below, every
// result text at 7 or below; Spanish (Fernández-Huerta) and French (Kandel-Moles) at 70 or above
// for questions and hints, 60 or above for result texts, except the texts listed in EXCEPTIONS
// with their scores. `node scripts/reading-level.mjs [en|es|fr]` lists every text with its score.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checker } from '../../dist/content/en/checker.js';
import { checker as esChecker } from '../../dist/content/es/checker.js';
import { checker as frChecker } from '../../dist/content/fr/checker.js';
import {
  EXCEPTIONS,
  LIMITS,
  checkerTexts,
  counts,
  fernandezHuerta,
  frenchSyllables,
  grade,
  kandelMoles,
  readingLevels,
  spanishSyllables,
  staleExceptions,
} from '../../scripts/reading-level.mjs';

const contents = { en: checker, es: esChecker, fr: frChecker };
const languageName = { en: 'English', es: 'Spanish', fr: 'French' };

test('the grade formula reads plain and hard sentences as such', () => {
  assert.ok(grade('Do you have a high temperature?') <= 6);
  assert.ok(grade('Have you experienced unexplained progressive neurological deterioration?') > 12);
  assert.deepEqual(counts('Call {emergency} now. Do not drive yourself.'), { sentence: 2, word: 7, syllable: 8 });
});

// Each count worked out by hand from the rules in scripts/reading-level.mjs.
const spanishWords = {
  casa: 2, // ca-sa
  espalda: 3, // es-pal-da
  médico: 3, // mé-di-co
  tiene: 2, // tie-ne: i + e, a diphthong
  aire: 2, // ai-re
  veinte: 2, // vein-te
  ciudad: 2, // ciu-dad: two weak vowels, one syllable
  cuidado: 3, // cui-da-do
  emergencia: 4, // e-mer-gen-cia
  fisioterapeuta: 6, // fi-sio-te-ra-peu-ta
  náuseas: 3, // náu-se-as: á + u a diphthong, e + a a hiatus
  poeta: 3, // po-e-ta: two strong vowels, a hiatus
  leer: 2, // le-er
  aéreo: 4, // a-é-re-o
  día: 2, // dí-a: an accented weak vowel, a hiatus
  país: 2, // pa-ís
  oír: 2, // o-ír
  reúne: 3, // re-ú-ne
  caía: 3, // ca-í-a
  buey: 1, // a triphthong, with a final y as its vowel
  Uruguay: 3, // U-ru-guay: "gua" keeps its u; u + a + y a triphthong
  averiguáis: 4, // a-ve-ri-guáis
  que: 1, // qu + e: the u is silent
  quiero: 2, // quie-ro
  guitarra: 3, // gui-ta-rra: gu + i, the u is silent
  guerra: 2, // gue-rra
  sigue: 2, // si-gue
  agua: 2, // a-gua
  pingüino: 3, // pin-güi-no: ü is heard, and joins the i
  vergüenza: 3, // ver-güen-za
  hoy: 1, // a final y is a vowel: o + y, a diphthong
  muy: 1,
  y: 1,
  ayer: 2, // a-yer: a y before a vowel is a consonant
  reyes: 2, // re-yes
  ahora: 3, // a-ho-ra: h is silent, a + o a hiatus
  búho: 2, // bú-ho
  hielo: 2, // hie-lo
  huevo: 2, // hue-vo
  24: 0, // no letter: the word counts as one syllable
};

test('Spanish syllables: vowel groups, hiatus, diphthongs, qu/gu and y', () => {
  for (const [word, expected] of Object.entries(spanishWords)) {
    assert.equal(spanishSyllables(word), expected, `"${word}" has ${expected} syllables`);
  }
  assert.equal(Object.keys(spanishWords).length >= 25, true);
  assert.deepEqual(counts('De 1 a 6 semanas', spanishSyllables), { sentence: 1, word: 5, syllable: 7 });
});

const frenchWords = {
  le: 1, // the e is the only vowel group
  de: 1,
  les: 1, // "-es" alone: counted
  table: 1, // ta-ble: the final e is silent
  jambes: 1, // jambes: the final "es" is silent
  personnes: 2, // per-sonnes
  années: 2, // an-nées: é + e split, then "es" silent
  idée: 2, // i-dée
  rue: 1, // the final e is in the group "ue"
  enceinte: 2, // en-ceinte
  fièvre: 1, // fiè-vre: "iè" one group, the final e silent
  premières: 2, // pre-mières
  mangent: 1, // verb: -ent after a consonant is silent
  viennent: 1,
  comptent: 1,
  vent: 1, // one vowel group besides: "ent" is heard
  dent: 1,
  lent: 1,
  souvent: 2, // sou-vent: listed in SOUNDED_ENT
  urgent: 2, // ur-gent: listed
  accident: 3, // ac-ci-dent: listed
  patient: 2, // pa-tient: "ent" after a vowel
  moment: 2, // mo-ment: "-ment" is heard
  médicament: 4, // mé-di-ca-ment
  doucement: 3, // dou-ce-ment (written groups: the inner e counts)
  aiment: 1, // verb in "-ment", listed in VERBS_IN_MENT
  dorment: 1,
  naïf: 2, // na-ïf: ï begins a group
  Noël: 2, // No-ël
  maïs: 2, // ma-ïs
  corticoïdes: 4, // cor-ti-co-ïdes
  cœur: 1, // œu one group
  sœur: 1,
  œuf: 1,
  eau: 1,
  beaucoup: 2, // beau-coup
  bateau: 2, // ba-teau
  maison: 2, // mai-son
  douleur: 2, // dou-leur
  jour: 1,
  réel: 2, // ré-el: a vowel after é begins a group
  océan: 3, // o-cé-an
  théâtre: 2, // thé-â-tre, the final e silent
  poète: 2, // po-è-te, the final e silent
  pitié: 2, // pi-tié: é after i stays in its group
  payer: 2, // pa-yer: y between vowels is a consonant
  moyen: 2, // mo-yen
  essayer: 3, // es-sa-yer
  yeux: 1, // y first and before a vowel: a consonant
  type: 1, // y a vowel, the final e silent
  symptômes: 2, // symp-tômes
  que: 1, // qu: the u is silent
  quelque: 1, // quel-que: both u silent, the final e silent
  vagues: 1, // gu + e: the u is silent
  'avez-vous': 3, // a-vez + vous
  'vous-même': 2, // vous + même
  'a-t-elle': 2, // a + t + elle
  'aujourd’hui': 3, // au-jour-d’ + hui
  'quelqu’un': 2, // quelqu’ + un
  kinésithérapeute: 6, // ki-né-si-thé-ra-peute
  ostéoporose: 5, // os-té-o-po-rose
  112: 0, // no letter: the word counts as one syllable
};

test('French syllables: vowel groups, silent e/es/ent, ë/ï, œ, eau/ou/ai, y, qu/gu', () => {
  for (const [word, expected] of Object.entries(frenchWords)) {
    assert.equal(frenchSyllables(word), expected, `"${word}" has ${expected} syllables`);
  }
  assert.equal(Object.keys(frenchWords).length >= 25, true);
});

/*
 * Spanish, by hand. Fernández-Huerta = 206.84 − 0.60 × (100 × syllables / words) − 1.02 × (100 ×
 * sentences / words).
 * A "¿Tiene fiebre?": tie-ne (2), fie-bre (2): 2 words, 4 syllables, 1 sentence.
 *   206.84 − 0.60 × 200 − 1.02 × 50 = 206.84 − 120 − 51 = 35.84 → 35.8
 * B "Beba suficiente agua durante el día. Si le falta agua, es más fácil que tenga calambres
 *   musculares.": be-ba 2, su-fi-cien-te 4, a-gua 2, du-ran-te 3, el 1, dí-a 2 (6 words, 14);
 *   si 1, le 1, fal-ta 2, a-gua 2, es 1, más 1, fá-cil 2, que 1, ten-ga 2, ca-lam-bres 3,
 *   mus-cu-la-res 4 (11 words, 20): 17 words, 34 syllables, 2 sentences.
 *   206.84 − 0.60 × 200 − 1.02 × 11.765 = 206.84 − 120 − 12.0 = 74.84 → 74.8
 * C "Llame al {emergency} ahora. No conduzca usted mismo.": lla-me 2, al 1, {emergency} 1,
 *   a-ho-ra 3 (4 words, 7); no 1, con-duz-ca 3, us-ted 2, mis-mo 2 (4 words, 8): 8 words,
 *   15 syllables, 2 sentences. 206.84 − 0.60 × 187.5 − 1.02 × 25 = 206.84 − 112.5 − 25.5 = 68.84 → 68.8
 * D "El dolor baja por una pierna, hasta más abajo de la rodilla.": el 1, do-lor 2, ba-ja 2,
 *   por 1, u-na 2, pier-na 2, has-ta 2, más 1, a-ba-jo 3, de 1, la 1, ro-di-lla 3: 12 words,
 *   21 syllables, 1 sentence. 206.84 − 0.60 × 175 − 1.02 × 8.333 = 206.84 − 105 − 8.5 = 93.34 → 93.3
 */
const spanishSentences = [
  ['¿Tiene fiebre?', { sentence: 1, word: 2, syllable: 4 }, 35.8],
  [
    'Beba suficiente agua durante el día. Si le falta agua, es más fácil que tenga calambres musculares.',
    { sentence: 2, word: 17, syllable: 34 },
    74.8,
  ],
  ['Llame al {emergency} ahora. No conduzca usted mismo.', { sentence: 2, word: 8, syllable: 15 }, 68.8],
  ['El dolor baja por una pierna, hasta más abajo de la rodilla.', { sentence: 1, word: 12, syllable: 21 }, 93.3],
];

test('the Fernández-Huerta index of Spanish sentences worked out by hand', () => {
  for (const [text, expected, index] of spanishSentences) {
    assert.deepEqual(counts(text, spanishSyllables), expected, text);
    assert.equal(fernandezHuerta(text), index, text);
  }
});

/*
 * French, by hand. Kandel-Moles = 207 − 1.015 × (words / sentences) − 73.6 × (syllables / words).
 * A "Avez-vous de la fièvre ?" (a no-break space before ?): a-vez-vous 3, de 1, la 1, fiè-vre 1:
 *   4 words, 6 syllables, 1 sentence. 207 − 1.015 × 4 − 73.6 × 1.5 = 207 − 4.06 − 110.4 = 92.54 → 92.5
 * B "Buvez assez d’eau tout au long de la journée. Quand on manque d’eau, les crampes musculaires
 *   sont plus probables.": bu-vez 2, as-sez 2, d’eau 1, tout 1, au 1, long 1, de 1, la 1,
 *   jour-née 2 (9 words, 12); quand 1, on 1, man-que 1, d’eau 1, les 1, crampes 1,
 *   mus-cu-laires 3, sont 1, plus 1, pro-bables 2 (10 words, 13): 19 words, 25 syllables,
 *   2 sentences. 207 − 1.015 × 9.5 − 73.6 × 1.3158 = 207 − 9.6425 − 96.842 = 100.515 → 100.5
 * C "Appelez le {emergency} maintenant. Ne conduisez pas vous-même.": ap-pe-lez 3, le 1,
 *   {emergency} 1, main-te-nant 3 (4 words, 8); ne 1, con-dui-sez 3, pas 1, vous-même 2
 *   (4 words, 7): 8 words, 15 syllables, 2 sentences.
 *   207 − 1.015 × 4 − 73.6 × 1.875 = 207 − 4.06 − 138 = 64.94 → 64.9
 * D "Vous prenez des corticoïdes pour le cœur.": vous 1, pre-nez 2, des 1, cor-ti-co-ïdes 4,
 *   pour 1, le 1, cœur 1: 7 words, 11 syllables, 1 sentence.
 *   207 − 1.015 × 7 − 73.6 × 1.5714 = 207 − 7.105 − 115.657 = 84.238 → 84.2
 */
const frenchSentences = [
  ['Avez-vous de la fièvre\u00a0?', { sentence: 1, word: 4, syllable: 6 }, 92.5],
  [
    'Buvez assez d’eau tout au long de la journée. Quand on manque d’eau, les crampes musculaires sont plus probables.',
    { sentence: 2, word: 19, syllable: 25 },
    100.5,
  ],
  ['Appelez le {emergency} maintenant. Ne conduisez pas vous-même.', { sentence: 2, word: 8, syllable: 15 }, 64.9],
  ['Vous prenez des corticoïdes pour le cœur.', { sentence: 1, word: 7, syllable: 11 }, 84.2],
];

test('the Kandel-Moles index of French sentences worked out by hand', () => {
  for (const [text, expected, index] of frenchSentences) {
    assert.deepEqual(counts(text, frenchSyllables), expected, text);
    assert.equal(kandelMoles(text), index, text);
  }
});

for (const lang of ['en', 'es', 'fr']) {
  test(`the check covers every question, hint, statement and result text of the ${languageName[lang]} checker`, () => {
    const content = contents[lang];
    const texts = checkerTexts(content, lang);
    const paths = new Set(texts.map((entry) => entry.path));
    const has = (path) => assert.ok(paths.has(path), `${path} is checked`);
    for (const [id, question] of Object.entries(content.questions)) {
      for (const key of ['text', 'yes', 'unsure', ...(question.hint ? ['hint'] : [])]) has(`questions.${id}.${key}`);
      (question.items ?? []).forEach((_, index) => has(`questions.${id}.items[${index}]`));
    }
    for (const id of Object.keys(content.sections)) has(`sections.${id}.intro`);
    for (const id of Object.keys(content.combinations)) has(`combinations.${id}`);
    for (const id of Object.keys(content.levels)) has(`levels.${id}`);
    for (const id of Object.keys(content.advice)) has(`advice.${id}`);
    content.selfCare.forEach((_, index) => has(`selfCare[${index}]`));
    (content.comeBackIf ?? []).forEach((_, index) => has(`comeBackIf[${index}]`));
    for (const [key, part] of Object.entries(content.safetyNet ?? {})) {
      if (typeof part === 'string') has(`safetyNet.${key}`);
      else if (Array.isArray(part.items)) part.items.forEach((_, index) => has(`safetyNet.${key}.items[${index}]`));
      else has(`safetyNet.${key}`);
    }
    for (const key of Object.keys(content.start ?? {})) has(`start.${key}`);
    has('intro');
    has('disclaimer');
    for (const key of ['whyNone', 'unsureNote']) has(`ui.${key}`);
    for (const entry of texts) assert.equal(entry.limit, LIMITS[lang][entry.kind], entry.path);
    assert.equal(paths.size, texts.length, 'each text is measured once');
  });
}

test('a sentence the list does not name is measured too, with the limit of where it stands', () => {
  const extended = {
    ...checker,
    followUp: { text: 'Call 111 if it gets worse.', sources: ['NHS-111'] },
    sections: { ...checker.sections, extra: { title: 'More', intro: 'One more thing.', note: 'Read this first.' } },
    ui: { ...checker.ui, newNote: 'You can print this page.', newButton: 'Print it', errorPrefix: 'Erreur\u00a0:' },
  };
  const texts = checkerTexts(extended, 'es');
  const find = (path) => texts.find((entry) => entry.path === path);
  assert.deepEqual(find('followUp.text'), {
    path: 'followUp.text',
    text: 'Call 111 if it gets worse.',
    kind: 'result',
    limit: 60,
  });
  assert.equal(find('ui.newNote')?.kind, 'result');
  assert.equal(find('sections.extra.note')?.kind, 'question');
  assert.equal(find('sections.extra.intro')?.kind, 'question');
  assert.equal(find('ui.newButton'), undefined, 'a label is not a sentence');
  assert.equal(find('ui.errorPrefix'), undefined, 'one word and a colon is not a sentence');
  assert.equal(find('levels.urgent.action'), undefined, 'a level is measured as its title and action together');
  assert.equal(find('followUp.sources[0]'), undefined);
});

test('an exception holds its text at the listed score, and the check says when the list is out of date', () => {
  // '¿Tiene fiebre?' is at Fernández-Huerta 35.8 (worked out above), under the question limit of 70.
  const withFever = (text) => ({ ...checker, questions: { ...checker.questions, fever: { ...checker.questions.fever, text } } });
  const sample = withFever('¿Tiene fiebre?');
  const path = 'questions.fever.text';
  const row = (exceptions) => readingLevels(sample, 'es', exceptions).find((entry) => entry.path === path);
  assert.match(row([]).problem, /questions\.fever\.text is at Fernández-Huerta index 35\.8 \(limit 70\)/);
  const listed = { lang: 'es', path, score: 35.8, reason: 'a sample' };
  assert.equal(row([listed]).problem, null);
  assert.equal(row([listed]).exception, listed);
  assert.match(row([{ ...listed, score: 40 }]).problem, /listed at Fernández-Huerta index 40 but is now at 35\.8/);
  assert.equal(row([{ ...listed, lang: 'fr' }]).problem !== null, true, 'an exception is for one language');
  // A listed text that now meets its limit: its entry is no longer needed.
  const plain = 'El dolor baja por una pierna, hasta más abajo de la rodilla.'; // 93.3, worked out above
  const met = readingLevels(withFever(plain), 'es', [{ ...listed, score: 93.3 }]).find((entry) => entry.path === path);
  assert.match(met.problem, /meets its limit \(Fernández-Huerta index 93\.3, limit 70\): remove its entry/);
  assert.deepEqual(staleExceptions(sample, 'es', [listed]), []);
  const gone = { ...listed, path: 'questions.no-such-question.text' };
  const unexplained = { ...listed, reason: ' ' };
  assert.deepEqual(staleExceptions(sample, 'es', [listed, gone, unexplained]), [gone, unexplained]);
});

test('every listed exception is for a known language, gives its score to one decimal and says why', () => {
  for (const item of EXCEPTIONS) {
    assert.ok(item.lang in LIMITS, `${item.path}: language ${item.lang}`);
    assert.equal(typeof item.score, 'number', item.path);
    assert.equal(Math.round(item.score * 10) / 10, item.score, `${item.path}: one decimal`);
    assert.ok(typeof item.reason === 'string' && item.reason.trim().length > 0, `${item.path}: a reason`);
  }
  for (const lang of Object.keys(contents)) {
    assert.deepEqual(staleExceptions(contents[lang], lang), [], `${lang}: every exception names a text`);
  }
});

test('node scripts/reading-level.mjs es lists the Spanish texts, furthest under the limit first', () => {
  const script = fileURLToPath(new URL('../../scripts/reading-level.mjs', import.meta.url));
  const output = execFileSync(process.execPath, [script, 'es'], { encoding: 'utf8' });
  const lines = output.trim().split('\n');
  assert.match(lines.at(-1), /^es, Fernández-Huerta index: \d+ texts, \d+ under their limit/);
  const rows = lines.filter((line) => /\(min (60|70)\)/.test(line));
  assert.equal(rows.length, checkerTexts(esChecker, 'es').length);
  const shortfalls = rows.map((line) => {
    const [, score, limit] = /(-?\d+\.\d) \(min (\d+)\)/.exec(line);
    return Number(limit) - Number(score);
  });
  assert.deepEqual(shortfalls, [...shortfalls].sort((a, b) => b - a));
});

for (const { path, limit, problem } of readingLevels(checker, 'en')) {
  test(`English ${path} reads at grade ${limit} or below`, () => {
    if (problem) assert.fail(problem);
  });
}

for (const lang of ['es', 'fr']) {
  const measure = lang === 'es' ? 'Fernández-Huerta' : 'Kandel-Moles';
  for (const { path, limit, problem } of readingLevels(contents[lang], lang)) {
    test(`${languageName[lang]} ${path} reads at ${measure} ${limit} or above`, () => {
      if (problem) assert.fail(problem);
    });
  }
}
