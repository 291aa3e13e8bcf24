import type { ChecklistContent } from '../checklist-types.js';

/*
 * Spanish wording of <prevention-checklist>: the same habits, advice and sources as the English.
 * Plurals follow Intl.PluralRules for "es": "one", "many" (a million and up: "1 000 000 de días")
 * and "other".
 */
export const checklist: ChecklistContent = {
  heading: 'Evite el próximo espasmo',
  intro:
    'Marque los hábitos que ha cumplido hoy. Las marcas se borran a medianoche, y su racha crece cada día en que marca al menos uno.',
  categories: {
    posture: 'Postura y ergonomía',
    movement: 'Movimiento y ejercicio',
    lifting: 'Levantar peso con seguridad',
    nutrition: 'Agua y alimentación',
    weight: 'Peso',
    'stress-sleep': 'Estrés y sueño',
    footwear: 'Calzado',
    smoking: 'Tabaco',
  },
  items: {
    'sit-supported': {
      label: 'Siéntese con la parte baja de la espalda apoyada y los pies planos en el suelo',
      why: 'Pasar mucho tiempo sentado sin apoyo para la parte baja de la espalda cansa los músculos de la espalda y hace más probable un espasmo. Mantenga las rodillas más o menos a la altura de las caderas.',
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
    'stand-tall': {
      label: 'Al estar de pie y al caminar, mantenga la espalda recta, sin encorvarse',
      why: 'Una buena postura reparte la carga a lo largo de la columna, así los músculos de la espalda no se fuerzan todo el día.',
      sources: ['seed-000', 'seed-002', 'seed-003', 'seed-004'],
    },
    workstation: {
      label: 'Ajuste su mesa o puesto de trabajo para no tener que encorvarse ni girar el cuerpo',
      why: 'Trabajar mucho tiempo en una postura incómoda, por ejemplo frente a la computadora, puede provocar espasmos de espalda. Una silla y una mesa adaptadas a usted le ayudan a sentarse bien.',
      sources: ['seed-001', 'seed-003', 'seed-004'],
    },
    'core-exercise': {
      label: 'Haga algunos ejercicios para el abdomen y la espalda, como la plancha, el puente o el «bird dog»',
      why: 'Unos músculos fuertes en el abdomen y la espalda mantienen estable la columna y le quitan carga a la espalda. Si estos músculos están débiles, los espasmos son más probables.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    },
    stretch: {
      label: 'Estírese antes y después del ejercicio o de otra actividad física',
      why: 'Estirarse mantiene flexibles la espalda y las caderas, y relaja los músculos que tienden a acalambrarse. Pare cualquier estiramiento que le cause un dolor agudo.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    },
    'walk-swim': {
      label: 'Salga a caminar o a nadar, o haga otra actividad suave',
      why: 'Una actividad suave, sin impactos, aumenta la resistencia y el riego de sangre a los músculos sin sacudir la columna.',
      sources: ['seed-001', 'seed-002', 'seed-003'],
    },
    'sitting-breaks': {
      label: 'Si pasa mucho tiempo sentado, levántese y muévase cada 30 minutos',
      why: 'Pasar horas sentado fuerza y debilita la espalda. Ayuda hacer una pausa corta para ponerse de pie, moverse y estirarse.',
      sources: ['seed-000', 'seed-002', 'seed-004'],
    },
    'stay-active': {
      label: 'Siga moviéndose durante el día y evite pasar mucho tiempo en la cama',
      why: 'Pasar demasiado tiempo acostado o sentado debilita la espalda. Seguir con sus actividades normales ayuda a que la espalda se mantenga fuerte.',
      sources: ['seed-002', 'seed-004', 'NG59'],
    },
    'lift-with-legs': {
      label: 'Para levantar algo, doble las rodillas y las caderas y mantenga la espalda recta',
      why: 'Levantar peso con la espalda doblada o girada, en vez de usar los músculos de las piernas, que son más fuertes, es una de las causas más frecuentes de los espasmos de espalda.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    },
    'load-close': {
      label: 'Mantenga la carga cerca del cuerpo y evite girarse al levantarla',
      why: 'Una carga sostenida lejos del cuerpo, o un giro brusco, fuerza los músculos y los ligamentos de la espalda.',
      sources: ['seed-001', 'seed-004'],
    },
    water: {
      label: 'Beba suficiente agua durante el día',
      why: 'Cuando le faltan líquidos, los músculos tienen calambres con más facilidad, también los de la espalda.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'],
    },
    magnesium: {
      label: 'Coma alimentos con magnesio, como verduras de hoja verde, legumbres, cereales integrales o frutos secos',
      why: 'Los músculos necesitan magnesio para contraerse y relajarse con normalidad; si les falta, pueden aparecer calambres.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    },
    potassium: {
      label: 'Coma alimentos con potasio, como plátanos, aguacates, legumbres o pescado',
      why: 'El potasio también ayuda a que los músculos funcionen con normalidad, y si está bajo, los músculos pueden tensarse sin aviso.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    },
    calcium: {
      label: 'Coma alimentos con calcio, como yogur, verduras de hoja verde o tofu',
      why: 'El calcio ayuda a que los músculos se contraigan y se relajen, y mantiene fuertes los huesos de la columna.',
      sources: ['seed-001', 'seed-002', 'seed-003', 'seed-004'],
    },
    'healthy-weight': {
      label: 'Dé un paso hacia un peso saludable para usted',
      why: 'Los kilos de más sobrecargan los músculos y las articulaciones de la parte baja de la espalda.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    },
    relax: {
      label: 'Tómese unos minutos para relajarse: respiración lenta y profunda, meditación o atención plena',
      why: 'El estrés tensa los músculos sin que usted se dé cuenta, y esa tensión constante puede acabar en un espasmo.',
      sources: ['seed-001', 'seed-002', 'seed-003'],
    },
    sleep: {
      label: 'Dese tiempo para dormir bien por la noche',
      why: 'Dormir mal puede empeorar la tensión de los músculos y el dolor. Un colchón y una almohada que le den buen apoyo ayudan a mantener la columna alineada.',
      sources: ['seed-003'],
    },
    'supportive-shoes': {
      label: 'Use zapatos de tacón bajo que sujeten bien el pie',
      why: 'Unos zapatos de tacón bajo que sujetan bien el pie le ayudan a mantener el equilibrio de pie y evitan forzar la parte baja de la espalda.',
      sources: ['seed-002', 'seed-004'],
    },
    'smoke-free': {
      label: 'Pase el día de hoy sin fumar',
      why: 'La nicotina reduce el riego de sangre a los discos de la columna, lo que puede desgastarlos más rápido y aumentar el riesgo de problemas de espalda.',
      sources: ['seed-001'],
    },
  },
  ui: {
    customCategory: 'Sugerencias de su clínica',
    // "hechos" would not agree with a count of 1, so the sentence is built around the verb.
    progress: 'Ha hecho {done} de {total} hoy',
    allDone: 'Todo hecho por hoy. ¡Muy bien!',
    allDoneLabel: 'Todo hecho',
    allDoneText: 'Hoy ha marcado todos los hábitos de su lista. ¡Muy bien! Vuelva mañana para seguir con su racha.',
    streakHeading: 'Su racha',
    streak: {
      one: '{count} día seguido con al menos un hábito',
      many: '{count} de días seguidos con al menos un hábito',
      other: '{count} días seguidos con al menos un hábito',
    },
    streakNone: 'Todavía no tiene una racha. Marque un hábito para empezarla.',
    historyHeading: 'Últimos 7 días',
    historyDay: {
      one: '{day}: {count} hábito hecho',
      many: '{day}: {count} de hábitos hechos',
      other: '{day}: {count} hábitos hechos',
    },
    historyDayNone: '{day}: nada marcado',
    // "hechos" is too wide for a day's column on a phone; "logros" (achievements) fits.
    historyCount: { one: '{count} logro', many: '{count} logros', other: '{count} logros' },
    today: 'hoy',
    why: 'Por qué ayuda',
    sources: 'Fuentes',
    print: 'Imprimir una lista en papel',
    newDay: 'Ha empezado un nuevo día. Sus marcas se han borrado.',
    savedLocally: 'Sus marcas se guardan solo en este dispositivo.',
    memoryOnly: 'Sus marcas no se pueden guardar en este dispositivo, así que se perderán cuando salga de la página.',
  },
  // As Intl.DateTimeFormat writes them for "es" (see ChecklistDates).
  dates: {
    weekdaysShort: ['dom', 'lun', 'mar', 'mié', 'jue', 'vie', 'sáb'],
    weekdays: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    longDate: '{weekday}, {day} de {month}',
  },
  disclaimer:
    'Información general, no consejo médico. Si su dolor de espalda es fuerte, empeora o viene con otros síntomas, hable con un profesional de la salud.',
};
