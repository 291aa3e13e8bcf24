import type { TimerContent } from '../timer-types.js';

/*
 * French wording of <ice-heat-timer>: the same advice, times and sources as the English.
 * \u00a0 is a no-break space before ? ! : ; and inside « », as in the checker's wording.
 * {time} may be a bare hour ("14:05") or a day and hour ("mar. 4 nov., 14:05"); "à partir de"
 * reads well before both.
 */
export const timer: TimerContent = {
  heading: 'Minuteur glace et chaleur',
  intro:
    'Chronomètre pour vous chaque séance de glace ou de chaleur, pour que vous puissiez rester allongé sans bouger et vous reposer.',
  privacy:
    'Le minuteur est enregistré dans ce navigateur uniquement, il continue donc si vous rechargez la page. Le moment où votre spasme a commencé n’est pas enregistré, et rien n’est envoyé nulle part.',
  phases: {
    ice: {
      name: 'Glace',
      session: 'Séance de glace',
      howTo: {
        text: 'Enveloppez une poche de glace (ou un sachet de petits pois surgelés) dans un linge fin et posez-la sur la zone douloureuse pendant 15 à 20 minutes. Pendant les 48 premières heures, vous pouvez le faire toutes les 2 à 4 heures.',
        sources: ['seed-000', 'seed-001', 'seed-002', 'NHS-SPRAINS'],
      },
    },
    heat: {
      name: 'Chaleur',
      session: 'Séance de chaleur',
      howTo: {
        text: 'Après les 48 premières heures, utilisez plutôt la chaleur\u00a0: un coussin chauffant, une ceinture chauffante ou un bain chaud, pendant 15 à 20 minutes. Il existe de bonnes preuves que la chaleur soulage un épisode récent de douleur dans le bas du dos.',
        sources: ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'ACP-LBP', 'COCHRANE-HEAT'],
      },
    },
  },
  mode: {
    legend: 'Glace ou chaleur\u00a0?',
    auto: 'Choisir selon le moment où le spasme a commencé',
    ice: 'Glace',
    heat: 'Chaleur',
  },
  started: {
    legend: 'Quand le spasme a-t-il commencé\u00a0?',
    choices: {
      today: 'Aujourd’hui',
      yesterday: 'Hier',
      'two-days-ago': 'Il y a 2 jours ou plus',
    },
    exactLabel: 'Ou indiquez la date et l’heure',
    exactHint: 'Une heure approximative suffit.',
    futureError: 'Ce moment n’est pas encore arrivé. Indiquez quand le spasme a commencé.',
    invalidError: 'Indiquez une date et une heure complètes.',
  },
  reasons: {
    chosen: 'Vous avez fait ce choix vous-même\u00a0: il ne dépend pas du moment où le spasme a commencé.',
    'first-48-hours': 'Votre spasme a commencé il y a moins de 48 heures, utilisez donc la glace pour l’instant.',
    'after-48-hours': 'Votre spasme a commencé il y a 48 heures ou plus, utilisez donc la chaleur maintenant.',
    'start-unknown':
      'Dites-nous quand le spasme a commencé, ou choisissez glace ou chaleur. En attendant, le minuteur propose la glace, comme pour un nouveau spasme.',
    'start-in-future':
      'Cette heure de début n’est pas encore arrivée, nous comptons donc que le spasme vient de commencer\u00a0: utilisez la glace.',
  },
  heatFrom: 'Passez à la chaleur à partir de {time}.',
  ui: {
    start: 'Commencer',
    pause: 'Pause',
    resume: 'Reprendre',
    reset: 'Remettre à zéro',
    sessionLength: '{session} de {minutes} minutes',
    timeLeft: 'Temps restant\u00a0: {minutes} min {seconds} s',
    statusIdle: 'Prêt',
    statusRunning: 'En cours',
    statusPaused: 'En pause',
    statusDone: 'Terminé',
    doneLabel: 'Séance terminée',
    doneMessage: 'C’est l’heure d’arrêter. Retirez maintenant la glace ou la source de chaleur, et vérifiez votre peau.',
    notifyButton: 'Me prévenir à la fin',
    notifyOn: 'Vous recevrez une notification à la fin de la séance.',
    notifyStop: 'Arrêter les notifications',
    notifyDenied: 'Les notifications sont désactivées pour ce site dans les réglages de votre navigateur.',
    nextSession: 'Prochaine séance à partir de {time}.',
    restLabel: 'Prochaine séance',
    restUntil: 'Laissez votre peau se reposer\u00a0: la prochaine séance peut commencer à partir de {time}.',
    nextSessionNow: 'Vous pouvez commencer la prochaine séance quand vous le souhaitez.',
    sessionsToday: 'Séances faites aujourd’hui\u00a0: {count}',
    safetyHeading: 'Pour votre sécurité',
    askFirstHeading: 'Demandez d’abord conseil à un médecin, un infirmier ou un pharmacien si',
    sources: 'Sources',
  },
  announce: {
    started: '{session} commencée\u00a0: {minutes} minutes. Le minuteur vous dira quand arrêter.',
    paused: 'Minuteur en pause.',
    resumed: 'Le minuteur est reparti.',
    reset: 'Minuteur remis à zéro.',
    completed: '{session} terminée. Retirez maintenant la glace ou la source de chaleur, et vérifiez votre peau.',
  },
  notification: {
    title: 'Séance terminée',
    body: 'C’est l’heure d’arrêter. Retirez maintenant la glace ou la source de chaleur, et vérifiez votre peau.',
  },
  // As Intl.DateTimeFormat writes them for "fr" (see TimerTimes).
  times: {
    weekdays: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
    months: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    otherDay: '{weekday} {day} {month}, {time}',
    otherYear: '{weekday} {day} {month} {year}, {time}',
  },
  safety: [
    {
      text: 'Gardez toujours un linge entre la glace ou la source de chaleur et votre peau. Ne mettez jamais de glace directement sur la peau nue.',
      sources: ['seed-001', 'NHS-SPRAINS'],
    },
    {
      text: 'Arrêtez au bout de 20 minutes au maximum. Ce minuteur ne compte jamais plus de 20 minutes.',
      sources: ['seed-001', 'NHS-SPRAINS'],
    },
    {
      text: 'Vérifiez votre peau après chaque séance. Arrêtez si elle s’engourdit, devient très rouge, fait des cloques ou devient douloureuse.',
      sources: ['seed-003', 'NHS-SPRAINS'],
    },
    {
      text: 'Ne vous endormez pas avec la glace ou la source de chaleur sur vous. Retirez-la si vous sentez que vous pourriez vous assoupir.',
      sources: ['seed-003', 'NHS-SPRAINS'],
    },
    {
      text: 'Laissez au moins 2 heures entre deux séances pour que votre peau récupère.',
      sources: ['seed-001', 'NHS-SPRAINS'],
    },
    {
      text: 'N’utilisez jamais de bouillotte sur une peau que vous sentez engourdie.',
      sources: ['NHS-SCI'],
    },
  ],
  askFirst: [
    {
      text: 'vous avez du diabète, une atteinte des nerfs (neuropathie), ou une zone où vous sentez mal le chaud, le froid ou le toucher\u00a0: vous pourriez ne pas remarquer que votre peau est en train de s’abîmer\u00a0;',
      sources: ['seed-003', 'NHS-SCI'],
    },
    {
      text: 'vous avez une mauvaise circulation sanguine\u00a0;',
      sources: ['seed-003'],
    },
    {
      text: 'vous avez un syndrome de Raynaud, quand le froid rend les doigts ou les orteils blancs ou bleus (cela concerne la glace).',
      sources: ['seed-003'],
    },
  ],
};
