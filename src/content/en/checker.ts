import type { CheckerContent } from '../types.js';

/** English wording of <red-flag-checker>. Levels and sources of questions are in policy.ts. */
export const checker: CheckerContent = {
  heading: 'Check your back spasm',
  intro:
    'Answer a few short questions to find out whether you need urgent help, should see a clinician, or can look after it at home.',
  privacy: 'Your answers stay on this page. They are not sent anywhere or saved.',
  steps: {
    emergency: {
      title: 'Signs that need help now',
      intro: 'If you are not sure about an answer, choose “Not sure”. We treat it as a yes, to be safe.',
    },
    urgent: {
      title: 'Signs that need a doctor today',
      intro: 'These can point to a problem that a doctor should check today.',
    },
    pain: { title: 'About your pain', intro: 'Think about this episode of back pain.' },
    person: { title: 'About you', intro: 'Some answers change what is safest for you.' },
  },
  answers: { yes: 'Yes', no: 'No', unsure: 'Not sure' },
  questions: {
    'chest-pain': { text: 'Do you have chest pain as well as the back pain?' },
    'major-trauma': {
      text: 'Did the pain start after a serious accident?',
      hint: 'For example a car crash, a fall from a height, or a hard collision in sport.',
    },
    'bladder-bowel': {
      text: 'Since the back pain began, have you had new problems with your bladder or bowels?',
      hint: 'Losing control of your pee or poo, trouble starting to pee, or not feeling when you need to go.',
    },
    'saddle-numbness': {
      text: 'Do you have numbness or tingling around your genitals, bottom or inner thighs?',
      hint: 'The areas that would touch a bicycle saddle.',
    },
    'sexual-function': {
      text: 'Have you had new problems getting an erection or ejaculating, or lost feeling in your genitals?',
    },
    'both-legs': { text: 'Do you have numbness, tingling or weakness in both legs?' },
    'leg-weakness': {
      text: 'Is one leg weak, or does one foot drag or slap on the ground when you walk?',
      hint: 'Answer yes especially if it is getting worse.',
    },
    balance: { text: 'Have you lost your balance, or found it newly hard to walk?' },
    fever: { text: 'Do you have a fever, chills or shivering?' },
    'weight-loss': { text: 'Have you lost weight without trying?' },
    'cancer-history': { text: 'Have you ever had cancer?' },
    'night-rest-pain': {
      text: 'Is the pain severe even when you rest, or worse at night?',
      hint: 'Pain that changing position does not ease.',
    },
    'lump-swelling': { text: 'Is there a swelling or lump on your back, or has your back changed shape?' },
    'minor-fall': {
      text: 'Did the pain start after a fall, a knock or a strain?',
      hint: 'Something smaller than a serious accident.',
    },
    'leg-pain': { text: 'Does pain spread down one leg, below the knee?' },
    'leg-numbness': { text: 'Do you have numbness or pins and needles in one leg?' },
    'severe-worsening': { text: 'Is the pain severe, or getting worse?' },
    'daily-life': { text: 'Do the spasms come often, or stop you from doing your usual daily activities or work?' },
    'recurring-same-spot': { text: 'Does the pain keep coming back in the same spot?' },
    inflammatory: {
      text: 'For months, has your back been stiff for more than 30 minutes each morning, easing as you move?',
    },
    'first-episode': { text: 'Is this the first time you have had back pain?' },
    'bone-fragility': {
      text: 'Do you have osteoporosis (thin bones), or have you taken steroid tablets for several months?',
    },
    'infection-risk': {
      text: 'Do you inject drugs or have a weakened immune system, or have you recently had a spine procedure or a serious infection?',
    },
  },
  combinations: {
    'cancer-with-nerve-signs': 'You have had cancer, and you have symptoms in your legs, bladder or bowels.',
    'fever-with-nerve-signs': 'You have a fever together with weakness or numbness in your legs or balance problems.',
    'fall-with-fragile-bones': 'The pain began with a fall or strain, and your bones may be fragile.',
    'fever-with-infection-risk': 'You have a fever and a higher risk of infection.',
    'first-episode-at-risk-age': 'This is your first back pain, and you are younger than 20, or 50 or older.',
    'not-improving': 'The pain has lasted 3 days or more and is not clearly getting better.',
    'over-six-weeks': 'The pain has lasted more than 6 weeks.',
  },
  levels: {
    'call-emergency': {
      title: 'Call {emergency} now',
      action: 'Call {emergency} for an ambulance now. Do not drive yourself.',
    },
    'emergency-department': {
      title: 'Go to an emergency department now',
      action:
        'Go to the nearest emergency department (A&E or ER) now. If you cannot get there safely, call {emergency} for an ambulance.',
    },
    urgent: {
      title: 'Speak to a doctor today',
      action: 'Speak to a doctor or an urgent care service today, within 24 hours.',
    },
    appointment: {
      title: 'Book an appointment in the next few days',
      action: 'Book an appointment with a doctor, physiotherapist or other clinician in the next few days.',
    },
    'self-care': {
      title: 'You can look after this at home',
      action: 'Your answers show no warning signs. Most back spasms settle with home care within a few days.',
    },
  },
  context: {
    ageLabel: 'How old are you?',
    ageHint: 'In years.',
    ageError: 'Enter your age in years, from 1 to 120.',
    durationLegend: 'How long have you had this back pain?',
    durations: [
      { label: 'Less than a day', days: 0 },
      { label: '1 to 2 days', days: 1 },
      { label: '3 to 7 days', days: 3 },
      { label: '1 to 6 weeks', days: 7 },
      { label: 'More than 6 weeks', days: 43 },
    ],
    improvingLegend: 'Is it getting better?',
  },
  ui: {
    start: 'Start',
    next: 'Next',
    back: 'Back',
    seeResult: 'See my result',
    startAgain: 'Start again',
    print: 'Print summary',
    progress: 'Step {current} of {total}',
    unanswered: 'Please answer every question on this step. Questions still to answer: {count}.',
    stepAnnouncement: 'Step {current} of {total}: {title}',
    resultAnnouncement: 'Result: {title}',
    callNumber: 'Call {number}',
    callClinic: 'Call {clinic}: {phone}',
    callClinicToday: 'Call {clinic} today: {phone}',
    clinicFallback: 'the clinic',
    book: 'Book an appointment',
    bookWith: 'Book with {clinic}',
    noClinicUrgent: 'Call your doctor’s surgery or an urgent care service today.',
    noClinicAppointment: 'Call your doctor’s surgery or a clinic to book.',
    why: 'Why',
    whyNone: 'You answered no to every warning sign.',
    unsureNote: 'You were not sure about these, so we treated them as yes:',
    selfCareHeading: 'Looking after yourself',
    comeBackHeading: 'Check again or get help if',
    summaryHeading: 'Summary for a clinician',
    summaryShow: 'Show summary',
    summaryHide: 'Hide summary',
    summaryDate: 'Date',
    summaryLevel: 'Result',
    summaryAge: 'Age',
    summaryDuration: 'How long',
    summaryImproving: 'Getting better',
    sourcesHeading: 'Sources',
    notAnswered: 'Not asked',
    backToQuestions: 'Change my answers',
  },
  selfCare: [
    {
      text: 'For the first 48 hours, hold an ice pack wrapped in a cloth on the sore area for 15 to 20 minutes, every 2 to 4 hours. Never put ice straight on the skin.',
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
    {
      text: 'After 48 hours, switch to heat, such as a heating pad or a warm bath, for 15 to 20 minutes at a time.',
      sources: ['seed-001', 'seed-002', 'seed-003'],
    },
    {
      text: 'Keep moving gently, for example with short walks. Avoid long spells of bed rest, which can make it worse.',
      sources: ['seed-001', 'seed-002', 'NG59'],
    },
    {
      text: 'Over-the-counter pain relief such as ibuprofen or paracetamol (acetaminophen) can ease the pain. Take it exactly as the label says.',
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
    {
      text: 'Drink enough water through the day: being dehydrated makes muscle cramps more likely.',
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
  ],
  comeBackIf: [
    { text: 'any of the warning signs in these questions appears;', sources: ['seed-002', 'NHS-BP'] },
    { text: 'it is not getting better after 48 to 72 hours of home care;', sources: ['seed-001'] },
    { text: 'it keeps coming back, especially in the same spot.', sources: ['seed-002', 'seed-004'] },
  ],
  disclaimer:
    'This checker gives general information, not a diagnosis, and does not replace a clinician. If you are in doubt, call a clinician. In an emergency, call {emergency}.',
};
