import type { CheckerContent } from '../types.js';

/*
 * Spanish wording of <red-flag-checker>, for policy version 2 of CLINICAL.md: the same meaning as
 * the English, in plain words. Levels, sources and the order of questions are in policy.ts.
 * The reader is addressed as "usted". The "not sure" reasons say "No sabía si...", which reads
 * the same for any reader, where "No estaba seguro" would not.
 */
export const checker: CheckerContent = {
  heading: 'Revise su espasmo de espalda',
  intro:
    'Responda unas preguntas cortas. Le diremos si necesita ayuda ahora, si debe consultar a alguien o si puede tratarlo en casa.',
  privacy: 'Sus respuestas se quedan en esta página. No se envían ni se guardan.',
  sections: {
    emergency: {
      title: 'Señales que necesitan ayuda ahora',
      intro: 'Si tiene dudas, elija «No lo sé». Lo contamos como un sí, por seguridad.',
    },
    urgent: {
      title: 'Señales para ver a un médico hoy',
      intro: 'Un médico debería revisarlas hoy.',
    },
    pain: { title: 'Sobre su dolor', intro: 'Piense en el dolor de espalda que tiene ahora.' },
    person: { title: 'Sobre usted', intro: 'Algunas cosas cambian lo que es más seguro para usted.' },
  },
  answers: { yes: 'Sí', no: 'No', unsure: 'No lo sé' },
  questions: {
    'chest-pain': {
      text: '¿Tiene dolor en el pecho además del dolor de espalda?',
      yes: 'Tiene dolor en el pecho además de dolor de espalda.',
      unsure: 'No sabía si tenía dolor en el pecho.',
    },
    collapse: {
      text: '¿Se ha desmayado, o siente que se va a desmayar?',
      hint: 'O tiene la piel fría y húmeda, mucho sueño, o la mente confusa.',
      yes: 'Se ha desmayado, o se siente a punto de desmayarse, tiene sueño o tiene la mente confusa.',
      unsure: 'No sabía si se había desmayado o si se sentía a punto de desmayarse.',
    },
    'major-trauma': {
      text: '¿El dolor empezó después de un accidente grave?',
      hint: 'Por ejemplo, un accidente de tráfico, una caída desde muy alto o un golpe fuerte haciendo deporte.',
      yes: 'Su dolor empezó después de un accidente grave.',
      unsure: 'No sabía si su dolor empezó después de un accidente grave.',
    },
    'bladder-bowel': {
      text: 'Desde que empezó el dolor, ¿ha cambiado algo al orinar o al hacer caca?',
      hint: 'No puede orinar, o le cuesta empezar. Se le escapa la orina o la caca. O no siente cuándo tiene que ir al baño, o no siente salir la orina o la caca. Tener estreñimiento, y nada más, no cuenta.',
      yes: 'Desde que empezó el dolor, algo ha cambiado al orinar o al hacer caca.',
      unsure: 'No sabía si algo había cambiado al orinar o al hacer caca.',
    },
    'saddle-numbness': {
      text: '¿Tiene la zona entre las piernas dormida o con hormigueo?',
      hint: 'Alrededor de los genitales o las nalgas, o en la parte de dentro de los muslos.',
      yes: 'Tiene la zona entre las piernas dormida o con hormigueo.',
      unsure: 'No sabía si tenía dormida la zona entre las piernas.',
    },
    'sexual-function': {
      text: '¿Nota algo distinto en sus genitales o en las relaciones sexuales desde que empezó el dolor?',
      hint: 'Ha perdido la sensibilidad en los genitales. O tiene problemas nuevos para sentir durante las relaciones sexuales, o con la erección o al eyacular.',
      yes: 'Nota algo distinto en sus genitales o en las relaciones sexuales desde que empezó el dolor.',
      unsure: 'No sabía si notaba algo distinto en sus genitales o en las relaciones sexuales.',
    },
    'both-legs': {
      text: '¿Tiene dolor, adormecimiento o debilidad en las dos piernas?',
      hint: 'El hormigueo en las dos piernas también cuenta.',
      yes: 'Tiene dolor, adormecimiento o debilidad en las dos piernas.',
      unsure: 'No sabía si tenía síntomas en las dos piernas.',
    },
    'cannot-move-leg': {
      text: '¿De repente no puede mover una pierna o un pie?',
      hint: 'O una pierna le falla y no le sostiene.',
      yes: 'De repente no puede mover una pierna o un pie, o una pierna le falla.',
      unsure: 'No sabía si podía mover las piernas y los pies.',
    },
    'leg-weakness': {
      text: '¿Tiene una pierna débil?',
      hint: 'O al caminar un pie se le arrastra o golpea el suelo.',
      yes: 'Tiene una pierna débil, o un pie se le arrastra al caminar.',
      unsure: 'No sabía si tenía una pierna débil.',
    },
    balance: {
      text: '¿Se siente inestable al estar de pie o al caminar?',
      hint: 'Camina con torpeza o pierde el equilibrio. Caminar despacio porque le duele no cuenta.',
      yes: 'Se siente inestable al estar de pie o al caminar.',
      unsure: 'No sabía si se sentía inestable al estar de pie o al caminar.',
    },
    fever: {
      text: '¿Tiene fiebre?',
      hint: 'O siente calor y escalofríos.',
      yes: 'Tiene fiebre.',
      unsure: 'No sabía si tenía fiebre.',
    },
    'urine-symptoms': {
      text: '¿Le arde o le escuece al orinar?',
      hint: 'O orina mucho más a menudo de lo normal, o hay sangre en la orina.',
      yes: 'Le arde al orinar, orina más a menudo, o hay sangre en la orina.',
      unsure: 'No sabía si le ardía o le escocía al orinar.',
    },
    'belly-pain': {
      text: '¿También tiene dolor en la barriga?',
      yes: 'Tiene dolor en la barriga además de en la espalda.',
      unsure: 'No sabía si tenía dolor en la barriga.',
    },
    'upper-back-pain': {
      text: '¿El dolor está en la parte alta de la espalda?',
      hint: 'Entre los omóplatos, no abajo.',
      yes: 'El dolor está en la parte alta de la espalda.',
      unsure: 'No sabía en qué parte de la espalda estaba el dolor.',
    },
    'cough-sneeze-pain': {
      text: '¿El dolor empeora mucho al toser o estornudar?',
      hint: 'O al hacer fuerza para hacer caca.',
      yes: 'El dolor empeora mucho al toser, estornudar o hacer caca.',
      unsure: 'No sabía si toser o estornudar empeoraba el dolor.',
    },
    'weight-loss': {
      text: '¿Ha perdido peso sin intentarlo?',
      hint: 'En los últimos meses.',
      yes: 'Ha perdido peso sin intentarlo.',
      unsure: 'No sabía si había perdido peso sin intentarlo.',
    },
    'cancer-history': {
      text: '¿Ha tenido cáncer alguna vez?',
      hint: 'Aunque fuera hace años.',
      yes: 'Ha tenido cáncer.',
      unsure: 'No sabía si había tenido cáncer.',
    },
    'night-rest-pain': {
      text: '¿El dolor es fuerte incluso cuando se acuesta y no se mueve?',
      hint: 'O es peor por la noche, en cualquier postura.',
      yes: 'El dolor es fuerte cuando se acuesta sin moverse, o es peor por la noche.',
      unsure: 'No sabía si el dolor era fuerte al acostarse sin moverse.',
    },
    'lump-swelling': {
      text: '¿Tiene un bulto o una hinchazón nueva en la espalda?',
      hint: 'Que se pueda ver. Un músculo tenso o con un nudo no cuenta. O ha cambiado la forma de su columna.',
      yes: 'Tiene un bulto nuevo en la espalda, o su columna ha cambiado de forma.',
      unsure: 'No sabía si tenía un bulto nuevo en la espalda.',
    },
    'minor-fall': {
      text: '¿El dolor empezó después de una caída o un golpe?',
      hint: 'Sin que fuera un accidente grave.',
      yes: 'Su dolor empezó después de una caída o un golpe.',
      unsure: 'No sabía si su dolor empezó después de una caída o un golpe.',
    },
    'lifting-strain': {
      text: '¿El dolor empezó al levantar algo, agacharse o girarse?',
      yes: 'Su dolor empezó al levantar algo, agacharse o girarse.',
      unsure: 'No sabía si su dolor empezó al levantar algo o agacharse.',
    },
    'leg-pain': {
      text: '¿El dolor baja por una pierna, hasta más abajo de la rodilla?',
      yes: 'El dolor baja por una pierna, hasta más abajo de la rodilla.',
      unsure: 'No sabía si el dolor bajaba por una pierna.',
    },
    'leg-numbness': {
      text: '¿Tiene adormecimiento u hormigueo en una pierna?',
      yes: 'Tiene adormecimiento u hormigueo en una pierna.',
      unsure: 'No sabía si tenía una pierna adormecida.',
    },
    'severe-worsening': {
      text: '¿El dolor es muy fuerte, o empeora cada día?',
      yes: 'El dolor es muy fuerte, o empeora cada día.',
      unsure: 'No sabía si el dolor era muy fuerte o estaba empeorando.',
    },
    'daily-life': {
      text: '¿El dolor le impide hacer sus cosas de siempre?',
      hint: 'Como trabajar, o las tareas diarias de la casa.',
      yes: 'El dolor le impide hacer sus cosas de siempre.',
      unsure: 'No sabía si el dolor le impedía hacer sus cosas de siempre.',
    },
    'recurring-same-spot': {
      text: 'Antes de esta vez, ¿el dolor de espalda volvía una y otra vez en el mismo lugar?',
      yes: 'El dolor de espalda ha vuelto una y otra vez en el mismo lugar.',
      unsure: 'No sabía si el dolor de espalda había vuelto una y otra vez en un mismo lugar.',
    },
    inflammatory: {
      text: 'Desde hace meses, ¿tiene rigidez cada mañana?',
      hint: 'Rigidez durante más de 30 minutos después de levantarse, que mejora al moverse.',
      yes: 'Desde hace meses tiene rigidez cada mañana.',
      unsure: 'No sabía si tenía rigidez cada mañana.',
    },
    'first-episode': {
      text: '¿Es su primer dolor de espalda?',
      hint: 'O no se parece a ningún dolor de espalda que haya tenido antes.',
      yes: 'Es su primer dolor de espalda, o no se parece a ninguno anterior.',
      unsure: 'No sabía si había tenido antes un dolor de espalda como este.',
    },
    'bone-fragility': {
      text: '¿Tiene los huesos débiles?',
      hint: 'Le han dicho que tiene osteoporosis. O ha tomado pastillas de corticoides durante 3 meses o más. La prednisolona es una de ellas.',
      yes: 'Tiene los huesos débiles, o toma pastillas de corticoides.',
      unsure: 'No sabía si tenía los huesos débiles.',
    },
    'infection-risk': {
      text: '¿Corre más riesgo de tener una infección?',
      hint: 'Se inyecta drogas. O su cuerpo se defiende peor de los microbios, por ejemplo por la quimio, el VIH, un trasplante o algunos medicamentos. O en los últimos 3 meses tuvo una infección, o le hicieron una operación o le pusieron una inyección en la columna.',
      yes: 'Corre más riesgo de tener una infección.',
      unsure: 'No sabía si corría más riesgo de tener una infección.',
    },
    pregnant: {
      text: '¿Está embarazada, o podría estarlo?',
      yes: 'Está embarazada, o podría estarlo.',
      unsure: 'No sabía si podía estar embarazada.',
    },
    'labour-signs': {
      text: '¿El dolor va y viene en oleadas regulares?',
      hint: 'O le sale sangre o líquido por la vagina.',
      yes: 'Su dolor viene en oleadas, o le sale sangre o líquido por la vagina.',
      unsure: 'No sabía si su dolor venía en oleadas.',
    },
  },
  combinations: {
    'cancer-with-nerve-signs':
      'Ha tenido cáncer, y tiene dolor o señales de un problema de los nervios en las piernas o en la parte baja del cuerpo.',
    'fever-with-nerve-signs':
      'Tiene fiebre y señales de un problema de los nervios en las piernas o en la parte baja del cuerpo.',
    'infection-risk-with-nerve-signs':
      'Corre más riesgo de infección y tiene señales de un problema de los nervios en las piernas o en la parte baja del cuerpo.',
    'fever-with-infection-risk': 'Tiene fiebre y corre más riesgo de infección.',
    'belly-pain-at-60': 'Tiene 60 años o más, y dolor en la barriga además de en la espalda.',
    'fall-with-fragile-bones':
      'El dolor empezó con una caída, un golpe, al levantar algo, al agacharse o al girarse, y tiene los huesos débiles o tiene 70 años o más.',
    'severe-pain-fragile-or-older':
      'El dolor es muy fuerte o empeora, y tiene los huesos débiles o tiene 60 años o más.',
    'young-child': 'Un niño pequeño con dolor de espalda necesita que lo vea un médico hoy.',
    child: 'Un médico debería revisar a un niño o adolescente con dolor de espalda.',
    'first-episode-at-risk-age': 'Es su primer dolor de espalda como este, y tiene menos de 20 años, o 50 o más.',
    'not-improving': 'El dolor lleva 3 días o más y no mejora claramente.',
    'over-six-weeks': 'El dolor lleva más de 6 semanas.',
  },
  advice: {
    'labour-signs': { text: 'Llame ahora a su unidad de maternidad o a la sala de partos.', sources: ['NHS-PREG'] },
    pregnant: {
      text: 'Dígales que está embarazada. Su matrona o partera también puede ayudarle.',
      sources: ['NHS-PREG'],
    },
  },
  levels: {
    'call-emergency': {
      label: 'Emergencia',
      title: 'Llame al {emergency} ahora',
      action: 'Llame al {emergency} ahora para pedir una ambulancia. No conduzca usted mismo.',
    },
    'emergency-department': {
      label: 'Emergencia',
      title: 'Vaya a urgencias ahora',
      action: 'Vaya ahora al servicio de urgencias más cercano. No conduzca usted mismo.',
    },
    urgent: {
      label: 'Urgente',
      title: 'Hable con un médico hoy',
      action: 'Hable hoy con un médico o con un servicio de atención urgente, en las próximas 24 horas.',
    },
    appointment: {
      label: 'Pronto',
      title: 'Pida una cita para los próximos días',
      action: 'Pida una cita con un médico, un fisioterapeuta u otro profesional de la salud para los próximos días.',
    },
    'self-care': {
      label: 'En casa',
      title: 'Puede tratarlo en casa',
      action:
        'Sus respuestas no muestran señales de alarma. La mayoría de los espasmos de espalda mejoran en pocos días con cuidados en casa.',
    },
  },
  context: {
    ageLabel: '¿Cuántos años tiene?',
    ageHint: 'En años.',
    ageError: 'Escriba su edad en años, de 1 a 120.',
    durationLegend: '¿Desde hace cuánto tiempo tiene este dolor de espalda?',
    durations: [
      { label: 'Menos de un día', days: 0 },
      { label: '1 o 2 días', days: 1 },
      { label: 'De 3 a 6 días', days: 3 },
      { label: 'De 1 a 6 semanas', days: 7 },
      { label: 'Más de 6 semanas', days: 43 },
    ],
    improvingLegend: '¿Está mejorando?',
  },
  ui: {
    back: 'Atrás',
    seeResult: 'Ver mi resultado',
    startAgain: 'Empezar de nuevo',
    print: 'Imprimir resumen',
    progress: '{section} · {current} de {total}',
    sectionAnnouncement: '{section}: {total} preguntas',
    errorSummary: 'Hay un problema',
    errorPrefix: 'Error:',
    checkHeading: 'Revise sus respuestas',
    change: 'Cambiar',
    changeLabel: 'Cambiar su respuesta: {question}',
    callIfUnsafe: 'Llame al {number} si no puede llegar de forma segura',
    continue: 'Continuar',
    // "Faltan {count}" would be wrong for 1, so the count stands on its own after a colon.
    resultAnnouncement: 'Resultado: {title}',
    callNumber: 'Llamar al {number}',
    callClinic: 'Llamar a {clinic}: {phone}',
    callClinicToday: 'Llamar hoy a {clinic}: {phone}',
    clinicFallback: 'la clínica',
    book: 'Pedir cita',
    bookWith: 'Pedir cita con {clinic}',
    noClinicUrgent: 'Llame hoy a su médico o a un servicio de atención urgente.',
    noClinicAppointment: 'Llame al consultorio de su médico o a una clínica para pedir cita.',
    why: 'Por qué',
    whyNone: 'Respondió que no a todas las señales de alarma.',
    unsureNote: 'Por seguridad, también contamos estas respuestas como un sí:',
    selfCareHeading: 'Cómo cuidarse',
    comeBackHeading: 'Revise de nuevo o pida ayuda si',
    summaryHeading: 'Resumen para un profesional de la salud',
    summaryShow: 'Mostrar resumen',
    summaryHide: 'Ocultar resumen',
    summaryDate: 'Fecha',
    summaryLevel: 'Resultado',
    summaryPolicy: 'Protocolo de la herramienta',
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
      text: 'Siga moviéndose con suavidad, por ejemplo con paseos cortos. No se quede mucho tiempo en la cama, porque puede empeorar.',
      sources: ['seed-001', 'seed-002', 'NG59'],
    },
    {
      text: 'Una medicina para el dolor que se compra sin receta, como el paracetamol (acetaminofén) o el ibuprofeno, puede aliviar el dolor. Tómela como dice el envase.',
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
    {
      text: 'Algunas personas deben preguntar antes a un farmacéutico. Hágalo si está embarazada o toma medicinas que hacen la sangre más líquida (anticoagulantes). Hágalo también si tiene asma, úlceras de estómago, o problemas de riñón, de hígado o de corazón.',
      sources: ['NHS-IBU'],
    },
    {
      text: 'Beba suficiente agua durante el día. Si le falta agua, es más fácil que tenga calambres musculares.',
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
  ],
  comeBackIf: [
    { text: 'aparece cualquiera de las señales de alarma de estas preguntas;', sources: ['seed-002', 'NHS-BP'] },
    { text: 'no mejora después de 48 a 72 horas de cuidados en casa;', sources: ['seed-001'] },
    { text: 'vuelve una y otra vez, sobre todo en el mismo lugar.', sources: ['seed-002', 'seed-004'] },
  ],
  disclaimer:
    'Esta herramienta da información general, no un diagnóstico. No sustituye a un profesional de la salud. Si tiene dudas, llame a un profesional de la salud. En caso de emergencia, llame al {emergency}.',
};
