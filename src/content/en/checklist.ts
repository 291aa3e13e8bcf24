import type { ChecklistContent } from '../checklist-types.js';

/*
 * Everyday habits that the seed articles give for preventing back spasms, in plain words.
 * Only advice the seeds state plainly is kept; NG59 is cited only where it says the same thing.
 */
export const checklist: ChecklistContent = {
  heading: 'Prevent the next spasm',
  intro: 'Tick the habits you kept today. Ticks clear at midnight, and your streak grows each day you tick at least one.',
  categories: {
    posture: 'Posture and ergonomics',
    movement: 'Movement and exercise',
    lifting: 'Safe lifting',
    nutrition: 'Water and food',
    weight: 'Weight',
    'stress-sleep': 'Stress and sleep',
    footwear: 'Footwear',
    smoking: 'Smoking',
  },
  items: {
    'sit-supported': {
      label: 'Sit with your lower back supported and your feet flat on the floor',
      why: 'Long spells of sitting without support for the lower back tire the back muscles and make a spasm more likely. Keep your knees about level with your hips.',
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
    'stand-tall': {
      label: 'Stand and walk tall, without slouching',
      why: 'Good posture spreads the load along the spine, so the back muscles are not strained all day.',
      sources: ['seed-000', 'seed-002', 'seed-003', 'seed-004'],
    },
    workstation: {
      label: 'Set up your desk or workstation so you are not hunched or twisted',
      why: 'Working for a long time in an awkward position, such as at a computer, can bring on back spasms. A chair and desk that fit you help you sit well.',
      sources: ['seed-001', 'seed-003', 'seed-004'],
    },
    'core-exercise': {
      label: 'Do a few core exercises, such as planks, bridges or bird-dogs',
      why: 'Strong tummy and back muscles hold the spine steady and take load off the back. Weak core muscles make spasms more likely.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    },
    stretch: {
      label: 'Stretch before and after exercise or other physical activity',
      why: 'Stretching keeps the back and hips flexible and eases tension in muscles that tend to cramp. Stop any stretch that causes sharp pain.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    },
    'walk-swim': {
      label: 'Go for a walk or a swim, or do another gentle activity',
      why: 'Low-impact activity builds stamina and blood flow to the muscles without jarring the spine.',
      sources: ['seed-001', 'seed-002', 'seed-003'],
    },
    'sitting-breaks': {
      label: 'When sitting for long, get up and move every 30 minutes',
      why: 'Sitting for hours strains and weakens the back. A short break to stand, move and stretch helps.',
      sources: ['seed-000', 'seed-002', 'seed-004'],
    },
    'stay-active': {
      label: 'Keep moving through the day and avoid long spells in bed',
      why: 'Too much time lying down or sitting makes the back weaker. Carrying on with your normal activities helps the back stay strong.',
      sources: ['seed-002', 'seed-004', 'NG59'],
    },
    'lift-with-legs': {
      label: 'Lift by bending your knees and hips, keeping your back straight',
      why: 'Lifting with a bent or twisted back, instead of the stronger leg muscles, is one of the most common causes of back spasms.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    },
    'load-close': {
      label: 'Hold loads close to your body and avoid twisting as you lift',
      why: 'A load held far from the body, or a sudden twist, strains the muscles and ligaments of the back.',
      sources: ['seed-001', 'seed-004'],
    },
    water: {
      label: 'Drink enough water through the day',
      why: 'When you are short of fluids, muscles cramp more easily, including the muscles of the back.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'],
    },
    magnesium: {
      label: 'Eat foods with magnesium, such as leafy greens, beans, whole grains or nuts',
      why: 'Muscles need magnesium to contract and relax normally; too little of it can lead to cramps.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    },
    potassium: {
      label: 'Eat foods with potassium, such as bananas, avocados, beans or fish',
      why: 'Potassium also helps muscles work normally, and low levels can make them tighten without warning.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    },
    calcium: {
      label: 'Eat foods with calcium, such as yogurt, leafy greens or tofu',
      why: 'Calcium helps muscles contract and relax, and it keeps the bones of the spine strong.',
      sources: ['seed-001', 'seed-002', 'seed-003', 'seed-004'],
    },
    'healthy-weight': {
      label: 'Take a step towards a healthy weight for you',
      why: 'Extra body weight adds strain to the muscles and joints of the lower back.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    },
    relax: {
      label: 'Take a few minutes to relax: slow, deep breathing, meditation or mindfulness',
      why: 'Stress makes muscles tense up without you noticing, and that constant tension can end in a spasm.',
      sources: ['seed-001', 'seed-002', 'seed-003'],
    },
    sleep: {
      label: 'Give yourself time for a good night’s sleep',
      why: 'Poor sleep can make muscle tension and pain worse. A mattress and pillow that support you help keep the spine in line.',
      sources: ['seed-003'],
    },
    'supportive-shoes': {
      label: 'Wear supportive, low-heeled shoes',
      why: 'Supportive, low-heeled shoes help you stand balanced and keep strain off the lower back.',
      sources: ['seed-002', 'seed-004'],
    },
    'smoke-free': {
      label: 'Stay smoke-free today',
      why: 'Nicotine reduces blood flow to the discs of the spine, which can wear them out faster and raise the risk of back problems.',
      sources: ['seed-001'],
    },
  },
  ui: {
    customCategory: 'Your clinic’s suggestions',
    progress: '{done} of {total} done today',
    allDone: 'All done for today. Well done!',
    allDoneLabel: 'All done',
    allDoneText: 'You ticked every habit on your list today. Well done! Come back tomorrow to keep your streak going.',
    streakHeading: 'Your streak',
    streak: {
      one: '{count} day in a row with at least one habit',
      other: '{count} days in a row with at least one habit',
    },
    streakNone: 'No streak yet. Tick one habit to start one.',
    historyHeading: 'Last 7 days',
    historyDay: { one: '{day}: {count} habit done', other: '{day}: {count} habits done' },
    historyDayNone: '{day}: nothing ticked',
    historyCount: { one: '{count} done', other: '{count} done' },
    today: 'today',
    why: 'Why it helps',
    sources: 'Sources',
    print: 'Print a paper checklist',
    newDay: 'A new day has started. Your ticks have been cleared.',
    savedLocally: 'Your ticks are saved on this device only.',
    memoryOnly: 'Your ticks cannot be saved on this device, so they will be lost when you leave the page.',
  },
  // As Intl.DateTimeFormat writes them for "en" (see ChecklistDates).
  dates: {
    weekdaysShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    longDate: '{weekday}, {month} {day}',
  },
  disclaimer:
    'General information, not medical advice. If your back pain is severe, getting worse, or comes with other symptoms, talk to a clinician.',
};
