/*
 * Realistic visitors, described in words, and the level of care CLINICAL.md gives each of them.
 * Every visitor answers every question the checker shows: "no" unless said otherwise, a
 * follow-up only when its question is answered "yes" or "not sure" (the leg-symptoms gate is "yes"
 * for a visitor with any leg sign), and labour-signs only after pregnant.
 */
import { expect } from '@open-wc/testing';
import { triage } from '../src/triage/index.js';
import type { Answer, CombinationId, LevelId, QuestionId, TriageInput } from '../src/triage/index.js';
import { QUESTIONS, expectedTriage } from './triage-spec.js';

interface Visitor {
  age?: number;
  durationDays?: number;
  improving?: Answer;
  yes?: QuestionId[];
  unsure?: QuestionId[];
}

interface Outcome {
  level: LevelId;
  reasons: (QuestionId | CombinationId)[];
  unsure?: QuestionId[];
}

/** The full set of answers the checker would collect from this visitor. */
const answersOf = ({ yes = [], unsure = [] }: Visitor): Partial<Record<QuestionId, Answer>> => {
  const said = (id: QuestionId): Answer => (unsure.includes(id) ? 'unsure' : yes.includes(id) ? 'yes' : 'no');
  // A visitor with any leg sign answers the leg-symptoms gate "yes", so its follow-ups are asked.
  const legSigns = QUESTIONS.filter(({ followUpOf }) => followUpOf === 'leg-symptoms').map(({ id }) => id);
  const given = (id: QuestionId): Answer =>
    id === 'leg-symptoms' && said(id) === 'no' && legSigns.some((sign) => said(sign) !== 'no') ? 'yes' : said(id);
  const answers: Partial<Record<QuestionId, Answer>> = {};
  for (const { id, followUpOf } of QUESTIONS) {
    if (followUpOf !== undefined && given(followUpOf) === 'no') continue;
    answers[id] = given(id);
  }
  return answers;
};

const inputOf = (visitor: Visitor): TriageInput => {
  const input: TriageInput = { answers: answersOf(visitor) };
  if (visitor.age !== undefined) input.age = visitor.age;
  if (visitor.durationDays !== undefined) input.durationDays = visitor.durationDays;
  if (visitor.improving !== undefined) input.improving = visitor.improving;
  return input;
};

const vignette = (name: string, visitor: Visitor, outcome: Outcome) => {
  const expected = { level: outcome.level, reasons: outcome.reasons, unsure: outcome.unsure ?? [] };
  it(`${name} -> ${outcome.level} (${outcome.reasons.join(', ') || 'no reasons'})`, () => {
    const input = inputOf(visitor);
    expect(triage(input), `engine, ${JSON.stringify(input)}`).to.deep.equal(expected);
    expect(expectedTriage(input), `model, ${JSON.stringify(input)}`).to.deep.equal(expected);
  });
};

describe('triage vignettes: the common case', () => {
  vignette(
    'Sam, 35, whose back went into spasm lifting compost yesterday, had it before, and is getting better',
    { age: 35, durationDays: 1, improving: 'yes', yes: ['lifting-strain'] },
    { level: 'self-care', reasons: [] },
  );
  vignette(
    'Sam, 35, on the first day of the spasm, not sure yet whether it is getting better',
    { age: 35, durationDays: 0, improving: 'unsure', yes: ['lifting-strain'] },
    { level: 'self-care', reasons: [] },
  );
  vignette(
    'Sam, 35, four days after lifting the compost and no better',
    { age: 35, durationDays: 3, improving: 'no', yes: ['lifting-strain'] },
    { level: 'appointment', reasons: ['not-improving'] },
  );
  vignette(
    'Ana, 42, who twisted reaching into the car a week ago, and is slowly getting better',
    { age: 42, durationDays: 7, improving: 'yes', yes: ['lifting-strain'] },
    { level: 'self-care', reasons: [] },
  );
  vignette(
    'Ben, 30, whose back has ached for two months, getting better',
    { age: 30, durationDays: 43, improving: 'yes', yes: ['recurring-same-spot'] },
    { level: 'appointment', reasons: ['recurring-same-spot', 'over-six-weeks'] },
  );
});

describe('triage vignettes: infection risk', () => {
  vignette(
    'Dana, 29, who injects drugs, with new back pain and no fever',
    { age: 29, durationDays: 1, improving: 'no', yes: ['infection-risk', 'first-episode'] },
    { level: 'urgent', reasons: ['infection-risk'] },
  );
  vignette(
    'Dana, 29, who injects drugs, with new back pain and one leg that has gone weak',
    { age: 29, durationDays: 2, improving: 'no', yes: ['infection-risk', 'first-episode', 'leg-weakness'] },
    { level: 'emergency-department', reasons: ['infection-risk-with-nerve-signs'] },
  );
  vignette(
    'Dana, 29, who injects drugs, with back pain and hot and shivery',
    { age: 29, durationDays: 2, improving: 'no', yes: ['infection-risk', 'fever'] },
    { level: 'emergency-department', reasons: ['fever-with-infection-risk'] },
  );
  vignette(
    'Omar, 52, on medicines after a kidney transplant, with back pain for two days',
    { age: 52, durationDays: 1, improving: 'unsure', yes: ['infection-risk'] },
    { level: 'urgent', reasons: ['infection-risk'] },
  );
  vignette(
    'Lena, 47, who had a spine injection last month and now has pins and needles in one leg',
    { age: 47, durationDays: 3, improving: 'no', yes: ['infection-risk', 'leg-numbness'] },
    { level: 'emergency-department', reasons: ['infection-risk-with-nerve-signs'] },
  );
  vignette(
    'Rosa, 58, having chemotherapy, with back pain and not sure whether she has a temperature',
    { age: 58, durationDays: 1, improving: 'no', yes: ['infection-risk', 'cancer-history'], unsure: ['fever'] },
    { level: 'emergency-department', reasons: ['fever-with-infection-risk'], unsure: ['fever'] },
  );
});

describe('triage vignettes: fragile bones', () => {
  vignette(
    'Margaret, 66, with osteoporosis, whose back hurt after bending to pick up the laundry',
    { age: 66, durationDays: 1, improving: 'no', yes: ['bone-fragility', 'lifting-strain'] },
    { level: 'urgent', reasons: ['fall-with-fragile-bones'] },
  );
  vignette(
    'Margaret, 66, with osteoporosis, with an ordinary backache that is getting better',
    { age: 66, durationDays: 1, improving: 'yes', yes: ['bone-fragility'] },
    { level: 'appointment', reasons: ['bone-fragility'] },
  );
  vignette(
    'Kofi, 45, on prednisolone for a year for his lungs, whose back hurts badly and worse each day',
    { age: 45, durationDays: 2, improving: 'no', yes: ['bone-fragility', 'severe-worsening'] },
    { level: 'urgent', reasons: ['severe-pain-fragile-or-older'] },
  );
  vignette(
    'Walter, 74, who bent over to tie a shoe and felt his back go',
    { age: 74, durationDays: 0, improving: 'unsure', yes: ['lifting-strain'] },
    { level: 'urgent', reasons: ['fall-with-fragile-bones'] },
  );
  vignette(
    'Walter, 69, who bent over to tie a shoe and felt his back go, getting better',
    { age: 69, durationDays: 1, improving: 'yes', yes: ['lifting-strain'] },
    { level: 'self-care', reasons: [] },
  );
  vignette(
    'Joan, 71, who slipped on a wet floor and landed on her bottom',
    { age: 71, durationDays: 0, improving: 'unsure', yes: ['minor-fall'] },
    { level: 'urgent', reasons: ['fall-with-fragile-bones'] },
  );
  vignette(
    'Joyce, 64, whose back pain is very severe',
    { age: 64, durationDays: 1, improving: 'no', yes: ['severe-worsening', 'daily-life'] },
    { level: 'urgent', reasons: ['severe-pain-fragile-or-older'] },
  );
  vignette(
    'Paul, 59, whose back pain is very severe',
    { age: 59, durationDays: 1, improving: 'no', yes: ['severe-worsening', 'daily-life'] },
    { level: 'appointment', reasons: ['severe-worsening', 'daily-life'] },
  );
});

describe('triage vignettes: children', () => {
  vignette(
    'Leo, 4, who has back pain after a tumble in the playground',
    { age: 4, durationDays: 0, improving: 'unsure', yes: ['minor-fall', 'first-episode'] },
    { level: 'urgent', reasons: ['young-child'] },
  );
  vignette(
    'Maya, 12, whose back hurts after gym class, getting better',
    { age: 12, durationDays: 1, improving: 'yes', yes: ['first-episode'] },
    { level: 'appointment', reasons: ['child', 'first-episode-at-risk-age'] },
  );
  vignette(
    'Jonah, 15, whose back has ached on and off after football, getting better',
    { age: 15, durationDays: 1, improving: 'yes', yes: ['recurring-same-spot'] },
    { level: 'appointment', reasons: ['recurring-same-spot', 'child'] },
  );
  vignette(
    'Ella, 6, with back pain and a high temperature',
    { age: 6, durationDays: 1, improving: 'no', yes: ['fever'] },
    { level: 'urgent', reasons: ['fever'] },
  );
  vignette(
    'Ravi, 16, who pulled his back at the gym and is getting better, not his first time',
    { age: 16, durationDays: 1, improving: 'yes', yes: ['lifting-strain'] },
    { level: 'self-care', reasons: [] },
  );
});

describe('triage vignettes: belly, urine and upper back', () => {
  vignette(
    'Frank, 61, with back pain and belly pain that came on today',
    { age: 61, durationDays: 0, improving: 'unsure', yes: ['belly-pain', 'first-episode'] },
    { level: 'emergency-department', reasons: ['belly-pain-at-60'] },
  );
  vignette(
    'Priya, 45, with back pain and belly pain',
    { age: 45, durationDays: 1, improving: 'no', yes: ['belly-pain'] },
    { level: 'urgent', reasons: ['belly-pain'] },
  );
  vignette(
    'Chloe, 27, with a burning feeling when she pees and pain in her side',
    { age: 27, durationDays: 1, improving: 'no', yes: ['urine-symptoms'] },
    { level: 'urgent', reasons: ['urine-symptoms'] },
  );
  vignette(
    'Chloe, 27, with burning pee, side pain and feeling hot and shivery',
    { age: 27, durationDays: 2, improving: 'no', yes: ['urine-symptoms', 'fever'] },
    { level: 'urgent', reasons: ['fever', 'urine-symptoms'] },
  );
  vignette(
    'George, 80, with side pain and blood in his pee, who has become drowsy and confused',
    { age: 80, durationDays: 2, improving: 'no', yes: ['urine-symptoms', 'collapse', 'fever'] },
    { level: 'call-emergency', reasons: ['collapse'] },
  );
  vignette(
    'Nadia, 38, with pain high up between her shoulder blades',
    { age: 38, durationDays: 1, improving: 'unsure', yes: ['upper-back-pain'] },
    { level: 'urgent', reasons: ['upper-back-pain'] },
  );
  vignette(
    'Tom, 41, whose back pain shoots when he coughs or sneezes',
    { age: 41, durationDays: 2, improving: 'no', yes: ['cough-sneeze-pain', 'lifting-strain'] },
    { level: 'urgent', reasons: ['cough-sneeze-pain'] },
  );
});

describe('triage vignettes: pregnancy', () => {
  vignette(
    'Sofia, 31, pregnant, with back pain that comes and goes in regular waves',
    { age: 31, durationDays: 0, improving: 'unsure', yes: ['pregnant', 'labour-signs'] },
    { level: 'emergency-department', reasons: ['labour-signs'] },
  );
  vignette(
    'Sofia, 31, pregnant, with an aching lower back and no signs of labour',
    { age: 31, durationDays: 1, improving: 'yes', yes: ['pregnant'] },
    { level: 'appointment', reasons: ['pregnant'] },
  );
  vignette(
    'Imani, 24, who could be pregnant, with a backache after lifting a box',
    { age: 24, durationDays: 1, improving: 'yes', yes: ['lifting-strain'], unsure: ['pregnant'] },
    { level: 'appointment', reasons: ['pregnant'], unsure: ['pregnant'] },
  );
  vignette(
    'Imani, 24, who could be pregnant and has noticed some fluid',
    { age: 24, durationDays: 0, improving: 'unsure', yes: ['labour-signs'], unsure: ['pregnant'] },
    { level: 'emergency-department', reasons: ['labour-signs'], unsure: ['pregnant'] },
  );
});

describe('triage vignettes: emergencies', () => {
  vignette(
    'Derek, 50, whose leg suddenly gave way under him',
    { age: 50, durationDays: 0, improving: 'no', yes: ['cannot-move-leg'] },
    { level: 'emergency-department', reasons: ['cannot-move-leg'] },
  );
  vignette(
    'Amal, 44, who cannot lift her foot at all since this morning',
    { age: 44, durationDays: 0, improving: 'no', yes: ['cannot-move-leg', 'leg-pain'] },
    { level: 'emergency-department', reasons: ['cannot-move-leg'] },
  );
  vignette(
    'Hugh, 67, who fainted with his back pain',
    { age: 67, durationDays: 0, improving: 'unsure', yes: ['collapse'] },
    { level: 'call-emergency', reasons: ['collapse'] },
  );
  vignette(
    'Linda, 55, who feels faint, cold and clammy with back and belly pain',
    { age: 55, durationDays: 0, improving: 'no', yes: ['collapse', 'belly-pain'] },
    { level: 'call-emergency', reasons: ['collapse'] },
  );
  vignette(
    'Marcus, 39, with pain going down both legs',
    { age: 39, durationDays: 2, improving: 'no', yes: ['both-legs'] },
    { level: 'emergency-department', reasons: ['both-legs'] },
  );
  vignette(
    'Ivan, 48, who has had trouble starting to pee since the pain began',
    { age: 48, durationDays: 1, improving: 'no', yes: ['bladder-bowel', 'leg-pain'] },
    { level: 'emergency-department', reasons: ['bladder-bowel'] },
  );
  vignette(
    'Gemma, 36, who has lost feeling during sex since her back pain began',
    { age: 36, durationDays: 3, improving: 'no', yes: ['sexual-function'] },
    { level: 'emergency-department', reasons: ['sexual-function'] },
  );
  vignette(
    'Peter, 57, with back pain and chest pain',
    { age: 57, durationDays: 0, improving: 'unsure', yes: ['chest-pain'] },
    { level: 'call-emergency', reasons: ['chest-pain'] },
  );
});

describe('triage vignettes: cancer and fever with nerve signs', () => {
  vignette(
    'Helen, 63, treated for breast cancer ten years ago, with pain down one leg below the knee',
    { age: 63, durationDays: 7, improving: 'no', yes: ['cancer-history', 'leg-pain'] },
    { level: 'emergency-department', reasons: ['cancer-with-nerve-signs'] },
  );
  vignette(
    'Helen, 63, treated for breast cancer ten years ago, with back pain only',
    { age: 63, durationDays: 7, improving: 'no', yes: ['cancer-history'] },
    { level: 'urgent', reasons: ['cancer-history'] },
  );
  vignette(
    'Raj, 70, who had prostate cancer, and has become unsteady on his feet',
    { age: 70, durationDays: 3, improving: 'no', yes: ['cancer-history', 'balance'] },
    { level: 'emergency-department', reasons: ['cancer-with-nerve-signs'] },
  );
  vignette(
    'Alan, 66, who had bowel cancer, with new trouble getting an erection',
    { age: 66, durationDays: 3, improving: 'no', yes: ['cancer-history', 'sexual-function'] },
    { level: 'emergency-department', reasons: ['sexual-function', 'cancer-with-nerve-signs'] },
  );
  vignette(
    'Nora, 40, with a fever and pins and needles in one leg',
    { age: 40, durationDays: 2, improving: 'no', yes: ['fever', 'leg-numbness'] },
    { level: 'emergency-department', reasons: ['fever-with-nerve-signs'] },
  );
  vignette(
    'Nora, 40, with a fever and a leg that gives way',
    { age: 40, durationDays: 2, improving: 'no', yes: ['fever', 'cannot-move-leg'] },
    { level: 'emergency-department', reasons: ['cannot-move-leg', 'fever-with-nerve-signs'] },
  );
  vignette(
    'Will, 33, with a fever and sciatica down one leg',
    { age: 33, durationDays: 2, improving: 'no', yes: ['fever', 'leg-pain'] },
    { level: 'urgent', reasons: ['fever'] },
  );
});

describe('triage vignettes: a first episode', () => {
  vignette(
    'Carol, 55, whose back pain is unlike any she has had before, getting better',
    { age: 55, durationDays: 1, improving: 'yes', yes: ['first-episode'] },
    { level: 'appointment', reasons: ['first-episode-at-risk-age'] },
  );
  vignette(
    'Tariq, 18, with his first ever back pain after moving house, getting better',
    { age: 18, durationDays: 1, improving: 'yes', yes: ['first-episode', 'lifting-strain'] },
    { level: 'appointment', reasons: ['first-episode-at-risk-age'] },
  );
  vignette(
    'Mei, 34, with her first ever back pain after moving house, getting better',
    { age: 34, durationDays: 1, improving: 'yes', yes: ['first-episode', 'lifting-strain'] },
    { level: 'self-care', reasons: [] },
  );
});

describe('triage vignettes: a site that leaves "improving" out', () => {
  it('Kim, 40, five days into a backache, from a page that does not ask whether it is improving -> appointment (not-improving)', () => {
    const input: TriageInput = { answers: answersOf({}), age: 40, durationDays: 5 };
    expect(triage(input)).to.deep.equal({ level: 'appointment', reasons: ['not-improving'], unsure: [] });
    expect(expectedTriage(input)).to.deep.equal({ level: 'appointment', reasons: ['not-improving'], unsure: [] });
  });

  it('Kim, 40, on day 1, from the same page -> self-care', () => {
    const input: TriageInput = { answers: answersOf({}), age: 40, durationDays: 1 };
    expect(triage(input)).to.deep.equal({ level: 'self-care', reasons: [], unsure: [] });
  });
});
