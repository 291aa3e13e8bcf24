import type { TimerContent } from '../timer-types.js';

/** English wording of <ice-heat-timer>. */
export const timer: TimerContent = {
  heading: 'Ice and heat timer',
  intro: 'Times each ice or heat session for you, so you can lie still and rest.',
  privacy:
    'The timer is kept in this browser only, so it carries on if you reload the page. When your spasm started is not saved, and nothing is sent anywhere.',
  phases: {
    ice: {
      name: 'Ice',
      session: 'Ice session',
      howTo: {
        text: 'Wrap an ice pack (or a bag of frozen peas) in a thin cloth and hold it on the sore spot for 15 to 20 minutes. In the first 48 hours you can do this every 2 to 4 hours.',
        sources: ['seed-000', 'seed-001', 'seed-002', 'NHS-SPRAINS'],
      },
    },
    heat: {
      name: 'Heat',
      session: 'Heat session',
      howTo: {
        text: 'After the first 48 hours, use warmth instead: a heating pad, a heat wrap or a warm bath, for 15 to 20 minutes. Heat has good evidence for easing a recent bout of low back pain.',
        sources: ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'ACP-LBP', 'COCHRANE-HEAT'],
      },
    },
  },
  mode: {
    legend: 'Ice or heat?',
    auto: 'Work it out from when the spasm started',
    ice: 'Ice',
    heat: 'Heat',
  },
  started: {
    legend: 'When did the spasm start?',
    choices: {
      today: 'Today',
      yesterday: 'Yesterday',
      'two-days-ago': '2 or more days ago',
    },
    exactLabel: 'Or enter the date and time',
    exactHint: 'A rough time is fine.',
    futureError: 'That time is later than now. Enter when the spasm started.',
    invalidError: 'Enter a full date and time.',
  },
  reasons: {
    chosen: 'Chosen by hand, not worked out from when the spasm started.',
    'first-48-hours': 'Your spasm started less than 48 hours ago, so use ice for now.',
    'after-48-hours': 'Your spasm started 48 hours ago or more, so use heat now.',
    'start-unknown':
      'Tell us when the spasm started, or choose ice or heat. Until then the timer suggests ice, as for a new spasm.',
    'start-in-future': 'That start time is later than now, so it counts as just now: use ice.',
  },
  heatFrom: 'Switch to heat from {time}.',
  ui: {
    start: 'Start',
    pause: 'Pause',
    resume: 'Resume',
    reset: 'Reset',
    sessionLength: '{session}, {minutes} minutes',
    timeLeft: '{minutes} min {seconds} s left',
    statusIdle: 'Ready',
    statusRunning: 'Running',
    statusPaused: 'Paused',
    statusDone: 'Done',
    doneLabel: 'Session done',
    doneMessage: 'Time to stop. Take the ice or heat off now and check your skin.',
    notifyButton: 'Notify me when it ends',
    notifyOn: 'You will get a notification when the session ends.',
    notifyStop: 'Stop notifications',
    notifyDenied: 'Notifications are turned off for this site in your browser settings.',
    nextSession: 'Next session from {time}.',
    restLabel: 'Next session',
    restUntil: 'Give your skin a rest: the next session can start at {time}.',
    nextSessionNow: 'You can start the next session when you are ready.',
    sessionsToday: 'Sessions done today: {count}',
    safetyHeading: 'Stay safe',
    askFirstHeading: 'Ask a doctor, nurse or pharmacist first if',
    sources: 'Sources',
  },
  announce: {
    started: '{session} started: {minutes} minutes. The timer will tell you when to stop.',
    paused: 'Timer paused.',
    resumed: 'Timer running again.',
    reset: 'Timer reset.',
    completed: '{session} finished. Take the ice or heat off now and check your skin.',
  },
  notification: {
    title: 'Session finished',
    body: 'Time to stop. Take the ice or heat off now and check your skin.',
  },
  // As Intl.DateTimeFormat writes them for "en" (see TimerTimes).
  times: {
    weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    otherDay: '{weekday}, {month} {day}, {time}',
    otherYear: '{weekday}, {month} {day}, {year}, {time}',
  },
  safety: [
    {
      text: 'Always keep a cloth between the ice or heat and your skin. Never put ice straight on bare skin.',
      sources: ['seed-001', 'NHS-SPRAINS'],
    },
    {
      text: 'Stop after 20 minutes at most. This timer never runs longer than that.',
      sources: ['seed-001', 'NHS-SPRAINS'],
    },
    {
      text: 'Check your skin after each session. Stop if it goes numb, very red, blistered or painful.',
      sources: ['seed-003', 'NHS-SPRAINS'],
    },
    {
      text: 'Do not fall asleep with ice or heat on you. Take it off if you feel you might doze off.',
      sources: ['seed-003', 'NHS-SPRAINS'],
    },
    {
      text: 'Leave at least 2 hours between sessions so your skin can recover.',
      sources: ['seed-001', 'NHS-SPRAINS'],
    },
    {
      text: 'Never use a hot-water bottle on skin that feels numb.',
      sources: ['NHS-SCI'],
    },
  ],
  askFirst: [
    {
      text: 'you have diabetes, nerve damage (neuropathy), or any area where you cannot feel heat, cold or touch well: you may not notice your skin being harmed;',
      sources: ['seed-003', 'NHS-SCI'],
    },
    {
      text: 'you have poor blood circulation;',
      sources: ['seed-003'],
    },
    {
      text: 'you have Raynaud’s, where cold turns fingers or toes white or blue (this is about ice).',
      sources: ['seed-003'],
    },
  ],
};
