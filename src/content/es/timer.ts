import type { TimerContent } from '../timer-types.js';

/*
 * Spanish wording of <ice-heat-timer>: the same advice, times and sources as the English.
 * {time} may be a bare hour ("14:05") or a day and hour ("mar, 4 nov, 14:05"), so it follows a
 * colon: "a partir de las {time}" would be wrong for the second form.
 */
export const timer: TimerContent = {
  heading: 'Temporizador de hielo y calor',
  intro: 'Mide el tiempo de cada sesión de hielo o de calor por usted, para que pueda quedarse acostado sin moverse y descansar.',
  privacy:
    'El temporizador se guarda solo en este navegador, así que sigue contando si vuelve a cargar la página. No se guarda cuándo empezó su espasmo, y no se envía nada a ninguna parte.',
  phases: {
    ice: {
      name: 'Hielo',
      session: 'Sesión de hielo',
      howTo: {
        text: 'Envuelva una bolsa de hielo (o una bolsa de verduras congeladas, como guisantes) en un paño fino y sosténgala sobre la zona dolorida de 15 a 20 minutos. Durante las primeras 48 horas puede hacerlo cada 2 a 4 horas.',
        sources: ['seed-000', 'seed-001', 'seed-002', 'NHS-SPRAINS'],
      },
    },
    heat: {
      name: 'Calor',
      session: 'Sesión de calor',
      howTo: {
        text: 'Después de las primeras 48 horas, use calor en lugar de hielo: una almohadilla térmica, una faja térmica o un baño caliente, de 15 a 20 minutos. Hay buenas pruebas de que el calor alivia un episodio reciente de dolor en la parte baja de la espalda.',
        sources: ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'ACP-LBP', 'COCHRANE-HEAT'],
      },
    },
  },
  mode: {
    legend: '¿Hielo o calor?',
    auto: 'Decidirlo según cuándo empezó el espasmo',
    ice: 'Hielo',
    heat: 'Calor',
  },
  started: {
    legend: '¿Cuándo empezó el espasmo?',
    choices: {
      today: 'Hoy',
      yesterday: 'Ayer',
      'two-days-ago': 'Hace 2 días o más',
    },
    exactLabel: 'O escriba la fecha y la hora',
    exactHint: 'Basta con una hora aproximada.',
    futureError: 'Esa hora es más tarde que ahora. Escriba cuándo empezó el espasmo.',
    invalidError: 'Escriba una fecha y una hora completas.',
  },
  reasons: {
    chosen: 'Lo eligió usted; no se calculó según cuándo empezó el espasmo.',
    'first-48-hours': 'Su espasmo empezó hace menos de 48 horas, así que por ahora use hielo.',
    'after-48-hours': 'Su espasmo empezó hace 48 horas o más, así que ahora use calor.',
    'start-unknown':
      'Díganos cuándo empezó el espasmo, o elija hielo o calor. Mientras tanto, el temporizador le sugiere hielo, como para un espasmo nuevo.',
    'start-in-future':
      'Esa hora de inicio es más tarde que ahora, así que se cuenta como si el espasmo acabara de empezar: use hielo.',
  },
  heatFrom: 'Cambie al calor a partir de esta hora: {time}.',
  ui: {
    start: 'Empezar',
    pause: 'Pausar',
    resume: 'Reanudar',
    reset: 'Poner a cero',
    sessionLength: '{session} de {minutes} minutos',
    timeLeft: 'Tiempo restante: {minutes} min {seconds} s',
    statusIdle: 'Listo',
    statusRunning: 'En marcha',
    statusPaused: 'En pausa',
    statusDone: 'Terminado',
    doneLabel: 'Sesión terminada',
    doneMessage: 'Es hora de parar. Retire ahora el hielo o el calor y revise su piel.',
    notifyButton: 'Avisarme cuando termine',
    notifyOn: 'Recibirá una notificación cuando termine la sesión.',
    notifyStop: 'Desactivar las notificaciones',
    notifyDenied: 'Las notificaciones de este sitio están desactivadas en la configuración de su navegador.',
    nextSession: 'Próxima sesión a partir de esta hora: {time}.',
    restLabel: 'Próxima sesión',
    restUntil: 'Deje descansar su piel. La próxima sesión puede empezar a esta hora: {time}.',
    nextSessionNow: 'Puede empezar la próxima sesión cuando quiera.',
    sessionsToday: 'Sesiones hechas hoy: {count}',
    safetyHeading: 'Por su seguridad',
    askFirstHeading: 'Consulte antes a un médico, un enfermero o un farmacéutico si',
    sources: 'Fuentes',
  },
  announce: {
    started: '{session} iniciada: {minutes} minutos. El temporizador le avisará cuándo parar.',
    paused: 'Temporizador en pausa.',
    resumed: 'El temporizador vuelve a estar en marcha.',
    reset: 'Temporizador puesto a cero.',
    completed: '{session} terminada. Retire ahora el hielo o el calor y revise su piel.',
  },
  notification: {
    title: 'Sesión terminada',
    body: 'Es hora de parar. Retire ahora el hielo o el calor y revise su piel.',
  },
  // As Intl.DateTimeFormat writes them for "es" (see TimerTimes).
  times: {
    weekdays: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
    months: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
    otherDay: '{weekday}, {day} {month}, {time}',
    otherYear: '{weekday}, {day} {month} {year}, {time}',
  },
  safety: [
    {
      text: 'Ponga siempre un paño entre el hielo o el calor y su piel. Nunca ponga el hielo directamente sobre la piel desnuda.',
      sources: ['seed-001', 'NHS-SPRAINS'],
    },
    {
      text: 'Pare a los 20 minutos como máximo. Este temporizador nunca cuenta más de 20 minutos.',
      sources: ['seed-001', 'NHS-SPRAINS'],
    },
    {
      text: 'Revise su piel después de cada sesión. Pare si la piel se adormece, se pone muy roja, le salen ampollas o le duele.',
      sources: ['seed-003', 'NHS-SPRAINS'],
    },
    {
      text: 'No se duerma con el hielo o el calor puesto. Retírelo si nota que le entra sueño.',
      sources: ['seed-003', 'NHS-SPRAINS'],
    },
    {
      text: 'Deje pasar al menos 2 horas entre una sesión y otra para que su piel se recupere.',
      sources: ['seed-001', 'NHS-SPRAINS'],
    },
    {
      text: 'Nunca use una bolsa de agua caliente sobre una zona de piel que sienta adormecida.',
      sources: ['NHS-SCI'],
    },
  ],
  askFirst: [
    {
      text: 'tiene diabetes, daño en los nervios (neuropatía) o alguna zona donde no siente bien el calor, el frío o el tacto: podría no darse cuenta de que su piel se está dañando;',
      sources: ['seed-003', 'NHS-SCI'],
    },
    {
      text: 'tiene mala circulación de la sangre;',
      sources: ['seed-003'],
    },
    {
      text: 'tiene síndrome de Raynaud, en el que el frío vuelve blancos o azules los dedos de las manos o de los pies (esto se refiere al hielo).',
      sources: ['seed-003'],
    },
  ],
};
