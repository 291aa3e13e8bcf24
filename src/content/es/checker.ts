import type { CheckerContent } from '../types.js';

/** Spanish wording of <red-flag-checker>. Levels and sources of questions are in policy.ts. */
export const checker: CheckerContent = {
  heading: 'Revise su espasmo de espalda',
  intro:
    'Responda unas preguntas cortas para saber si necesita ayuda urgente, si debe ver a un profesional de la salud o si puede tratarlo en casa.',
  privacy: 'Sus respuestas se quedan en esta página. No se envían a ninguna parte ni se guardan.',
  steps: {
    emergency: {
      title: 'Señales que necesitan ayuda ahora',
      intro: 'Si tiene dudas sobre una respuesta, elija «No lo sé». La contamos como un sí, por seguridad.',
    },
    urgent: {
      title: 'Señales para ver pronto a un médico',
      intro: 'Pueden indicar un problema que un médico debería revisar hoy.',
    },
    pain: { title: 'Sobre su dolor', intro: 'Piense en este episodio de dolor de espalda.' },
    person: { title: 'Sobre usted', intro: 'Algunas respuestas cambian lo que es más seguro para usted.' },
  },
  answers: { yes: 'Sí', no: 'No', unsure: 'No lo sé' },
  questions: {
    'chest-pain': { text: '¿Tiene dolor en el pecho además del dolor de espalda?' },
    'major-trauma': {
      text: '¿El dolor empezó después de un accidente grave?',
      hint: 'Por ejemplo, un accidente de tráfico, una caída desde una altura o un choque fuerte haciendo deporte.',
    },
    'bladder-bowel': {
      text: 'Desde que empezó el dolor de espalda, ¿tiene problemas nuevos con la vejiga o el intestino?',
      hint: 'No poder controlar la orina o las heces, tener dificultad para empezar a orinar, o no sentir cuándo necesita ir al baño.',
    },
    'saddle-numbness': {
      text: '¿Siente adormecimiento u hormigueo alrededor de los genitales, las nalgas o la parte interna de los muslos?',
      hint: 'Las zonas que tocarían el asiento de una bicicleta.',
    },
    'sexual-function': {
      text: '¿Tiene problemas nuevos para tener una erección o eyacular, o ha perdido la sensibilidad en los genitales?',
    },
    'both-legs': { text: '¿Tiene adormecimiento, hormigueo o debilidad en las dos piernas?' },
    'leg-weakness': {
      text: '¿Tiene una pierna débil, o al caminar un pie se le arrastra o golpea el suelo?',
      hint: 'Responda que sí, sobre todo si está empeorando.',
    },
    balance: { text: '¿Ha perdido el equilibrio, o desde hace poco le cuesta caminar?' },
    fever: { text: '¿Tiene fiebre o escalofríos, o tiembla de frío?' },
    'weight-loss': { text: '¿Ha perdido peso sin intentarlo?' },
    'cancer-history': { text: '¿Ha tenido cáncer alguna vez?' },
    'night-rest-pain': {
      text: '¿El dolor es fuerte incluso cuando descansa, o empeora por la noche?',
      hint: 'Un dolor que no se alivia al cambiar de postura.',
    },
    'lump-swelling': { text: '¿Tiene una hinchazón o un bulto en la espalda, o ha cambiado la forma de su espalda?' },
    'minor-fall': {
      text: '¿El dolor empezó después de una caída, un golpe o un sobreesfuerzo?',
      hint: 'Algo más leve que un accidente grave.',
    },
    'leg-pain': { text: '¿El dolor baja por una pierna hasta más abajo de la rodilla?' },
    'leg-numbness': { text: '¿Tiene adormecimiento o sensación de hormigueo en una pierna?' },
    'severe-worsening': { text: '¿El dolor es fuerte o está empeorando?' },
    'daily-life': {
      text: '¿Los espasmos son frecuentes, o le impiden hacer sus actividades diarias habituales o trabajar?',
    },
    'recurring-same-spot': { text: '¿El dolor vuelve una y otra vez en el mismo lugar?' },
    inflammatory: {
      text: 'Desde hace meses, ¿tiene la espalda rígida más de 30 minutos cada mañana, y mejora al moverse?',
    },
    'first-episode': { text: '¿Es la primera vez que tiene dolor de espalda?' },
    'bone-fragility': {
      text: '¿Tiene osteoporosis (huesos débiles), o ha tomado pastillas de corticoides durante varios meses?',
    },
    'infection-risk': {
      text: '¿Se inyecta drogas o tiene las defensas bajas, o hace poco le hicieron un procedimiento en la columna o tuvo una infección grave?',
    },
  },
  combinations: {
    'cancer-with-nerve-signs': 'Ha tenido cáncer y tiene síntomas en las piernas, la vejiga o el intestino.',
    'fever-with-nerve-signs':
      'Tiene fiebre y, además, debilidad o adormecimiento en las piernas o problemas de equilibrio.',
    'fall-with-fragile-bones': 'El dolor empezó con una caída o un sobreesfuerzo, y sus huesos pueden ser frágiles.',
    'fever-with-infection-risk': 'Tiene fiebre y un riesgo más alto de infección.',
    'first-episode-at-risk-age': 'Es su primer dolor de espalda y tiene menos de 20 años, o 50 años o más.',
    'not-improving': 'El dolor lleva 3 días o más y no mejora claramente.',
    'over-six-weeks': 'El dolor lleva más de 6 semanas.',
  },
  levels: {
    'call-emergency': {
      title: 'Llame al {emergency} ahora',
      action: 'Llame al {emergency} ahora para pedir una ambulancia. No conduzca usted mismo.',
    },
    'emergency-department': {
      title: 'Vaya a urgencias ahora',
      action:
        'Vaya ahora al servicio de urgencias más cercano. Si no puede llegar de forma segura, llame al {emergency} para pedir una ambulancia.',
    },
    urgent: {
      title: 'Hable con un médico hoy',
      action: 'Hable hoy con un médico o con un servicio de atención urgente, en las próximas 24 horas.',
    },
    appointment: {
      title: 'Pida una cita para los próximos días',
      action: 'Pida una cita con un médico, un fisioterapeuta u otro profesional de la salud para los próximos días.',
    },
    'self-care': {
      title: 'Puede tratarlo en casa',
      action:
        'Sus respuestas no muestran señales de alarma. La mayoría de los espasmos de espalda se calman en pocos días con cuidados en casa.',
    },
  },
  context: {
    ageLabel: '¿Cuántos años tiene?',
    ageHint: 'En años.',
    ageError: 'Escriba su edad en años, de 1 a 120.',
    durationLegend: '¿Desde hace cuánto tiempo tiene este dolor de espalda?',
    durations: [
      { label: 'Menos de un día', days: 0 },
      { label: 'De 1 a 2 días', days: 1 },
      { label: 'De 3 a 7 días', days: 3 },
      { label: 'De 1 a 6 semanas', days: 7 },
      { label: 'Más de 6 semanas', days: 43 },
    ],
    improvingLegend: '¿Está mejorando?',
  },
  ui: {
    start: 'Empezar',
    next: 'Siguiente',
    back: 'Atrás',
    seeResult: 'Ver mi resultado',
    startAgain: 'Empezar de nuevo',
    print: 'Imprimir resumen',
    progress: 'Paso {current} de {total}',
    // "Faltan {count}" would be wrong for 1, so the count stands on its own after a colon.
    unanswered: 'Por favor, responda todas las preguntas de este paso. Preguntas sin responder: {count}.',
    stepAnnouncement: 'Paso {current} de {total}: {title}',
    resultAnnouncement: 'Resultado: {title}',
    callNumber: 'Llamar al {number}',
    callClinic: 'Llamar a {clinic}: {phone}',
    callClinicToday: 'Llamar hoy a {clinic}: {phone}',
    clinicFallback: 'la clínica',
    book: 'Pedir cita',
    bookWith: 'Pedir cita con {clinic}',
    noClinicUrgent: 'Llame hoy al consultorio de su médico o a un servicio de atención urgente.',
    noClinicAppointment: 'Llame al consultorio de su médico o a una clínica para pedir cita.',
    why: 'Por qué',
    whyNone: 'Respondió que no a todas las señales de alarma.',
    unsureNote: 'Respondió «No lo sé» a estas preguntas, así que las contamos como un sí:',
    selfCareHeading: 'Cómo cuidarse',
    comeBackHeading: 'Revise de nuevo o pida ayuda si',
    summaryHeading: 'Resumen para un profesional de la salud',
    summaryShow: 'Mostrar resumen',
    summaryHide: 'Ocultar resumen',
    summaryDate: 'Fecha',
    summaryLevel: 'Resultado',
    summaryAge: 'Edad',
    summaryDuration: 'Duración',
    summaryImproving: 'Mejoría',
    sourcesHeading: 'Fuentes',
    notAnswered: 'No se preguntó',
    backToQuestions: 'Cambiar mis respuestas',
  },
  selfCare: [
    {
      text: 'Durante las primeras 48 horas, póngase una bolsa de hielo envuelta en un paño sobre la zona dolorida de 15 a 20 minutos, cada 2 a 4 horas. Nunca ponga el hielo directamente sobre la piel.',
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
    {
      text: 'Después de 48 horas, cambie al calor, como una almohadilla térmica o un baño caliente, de 15 a 20 minutos cada vez.',
      sources: ['seed-001', 'seed-002', 'seed-003'],
    },
    {
      text: 'Siga moviéndose con suavidad, por ejemplo con paseos cortos. Evite pasar mucho tiempo en cama, porque puede hacer que empeore.',
      sources: ['seed-001', 'seed-002', 'NG59'],
    },
    {
      text: 'Un analgésico sin receta, como el ibuprofeno o el paracetamol (acetaminofén), puede aliviar el dolor. Tómelo exactamente como indica el envase.',
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
    {
      text: 'Beba suficiente agua durante el día: la deshidratación hace que los calambres musculares sean más probables.',
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
  ],
  comeBackIf: [
    { text: 'aparece cualquiera de las señales de alarma de estas preguntas;', sources: ['seed-002', 'NHS-BP'] },
    { text: 'no mejora después de 48 a 72 horas de cuidados en casa;', sources: ['seed-001'] },
    { text: 'vuelve una y otra vez, o siempre en el mismo lugar.', sources: ['seed-002', 'seed-004'] },
  ],
  disclaimer:
    'Esta herramienta da información general, no un diagnóstico, y no sustituye a un profesional de la salud. Si tiene dudas, llame a un profesional de la salud. En caso de emergencia, llame al {emergency}.',
};
