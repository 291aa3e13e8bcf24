// The Flesch-Kincaid grade of the checker's English wording, as CLINICAL.md's "Wording" rule
// measures it: every question and hint at grade 6 or below, every result text at 7 or below.
//   node scripts/reading-level.mjs            prints each text's grade, highest first
// The Node tests (tests/node/reading-level.test.mjs) fail when a text is above its limit.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export const QUESTION_LIMIT = 6;
export const RESULT_LIMIT = 7;

/** Counts of one text: sentences end at . ! ? (a text without one is one sentence). */
export function counts(text) {
  const plain = text.replace(/\{(\w+)\}/g, 'it').replace(/[“”"()]/g, ' ');
  const sentences = plain.split(/[.!?;:]+(?:\s+|$)/).filter((part) => /[\p{L}\d]/u.test(part));
  const words = plain.split(/\s+/).map((word) => word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter(Boolean);
  // A number is read as one word of one syllable ("20", "A&E").
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  return { sentence: Math.max(1, sentences.length), word: words.length, syllable: syllables };
}

/** The Flesch-Kincaid grade of a text, rounded to one decimal. */
export function grade(text) {
  return Math.round(fleschKincaid(counts(text)) * 10) / 10;
}

/** Every English text of the checker, each as { path, text, limit }. */
export function checkerTexts(checker) {
  const texts = [];
  const add = (path, text, limit) => {
    if (typeof text === 'string' && text.trim() !== '') texts.push({ path, text, limit });
  };
  for (const [id, section] of Object.entries(checker.sections)) {
    add(`sections.${id}.title`, section.title, QUESTION_LIMIT);
    add(`sections.${id}.intro`, section.intro, QUESTION_LIMIT);
  }
  for (const [id, question] of Object.entries(checker.questions)) {
    add(`questions.${id}.text`, question.text, QUESTION_LIMIT);
    add(`questions.${id}.hint`, question.hint, QUESTION_LIMIT);
    add(`questions.${id}.yes`, question.yes, RESULT_LIMIT);
    add(`questions.${id}.unsure`, question.unsure, RESULT_LIMIT);
  }
  const context = checker.context;
  for (const key of ['ageLabel', 'ageHint', 'ageError', 'durationLegend', 'improvingLegend']) {
    add(`context.${key}`, context[key], QUESTION_LIMIT);
  }
  context.durations.forEach((option, index) => add(`context.durations[${index}]`, option.label, QUESTION_LIMIT));
  add('intro', checker.intro, QUESTION_LIMIT);
  add('privacy', checker.privacy, QUESTION_LIMIT);
  for (const [id, text] of Object.entries(checker.combinations)) add(`combinations.${id}`, text, RESULT_LIMIT);
  for (const [id, advice] of Object.entries(checker.advice)) add(`advice.${id}`, advice.text, RESULT_LIMIT);
  // A level is read as its heading and then its action: measured together, as one text.
  for (const [id, level] of Object.entries(checker.levels)) {
    add(`levels.${id}`, `${level.title}. ${level.action}`, RESULT_LIMIT);
  }
  checker.selfCare.forEach((item, index) => add(`selfCare[${index}]`, item.text, RESULT_LIMIT));
  checker.comeBackIf.forEach((item, index) => add(`comeBackIf[${index}]`, item.text, RESULT_LIMIT));
  add('disclaimer', checker.disclaimer, RESULT_LIMIT);
  for (const key of ['whyNone', 'unsureNote', 'noClinicUrgent', 'noClinicAppointment']) {
    add(`ui.${key}`, checker.ui[key], RESULT_LIMIT);
  }
  return texts;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const { checker } = await import(process.argv[2] ?? '../dist/content/en/checker.js');
  const rows = checkerTexts(checker).map((entry) => ({ ...entry, grade: grade(entry.text) }));
  rows.sort((a, b) => b.grade - b.limit - (a.grade - a.limit));
  for (const row of rows) {
    console.log(`${row.grade > row.limit ? 'OVER' : '    '} ${row.grade.toFixed(1).padStart(5)} (max ${row.limit}) ${row.path}: ${row.text}`);
  }
  const over = rows.filter((row) => row.grade > row.limit).length;
  const mean = rows.reduce((sum, row) => sum + row.grade, 0) / rows.length;
  console.log(`${rows.length} texts, ${over} over their limit, mean grade ${mean.toFixed(1)}, highest ${rows[0]?.grade}`);
}
