import type { CheckerContent } from '../types.js';

/*
 * Spanish wording of <red-flag-checker>, for policy version 3 of CLINICAL.md: the same meaning as
 * the English, in plain adult words ("orinar", "la orina", "las heces"). Levels, sources and the
 * order of questions are in policy.ts. The reader is addressed as "usted", as in the checklist and
 * the timer; its verb forms also read right for someone answering on behalf of another person.
 * The "not sure" reasons say "No sabía si...", which reads the same for any reader, where
 * "No estaba seguro" would not.
 * {emergency} always follows "al": it is a number ("al 112") or, where the number is a guess,
 * ui.localNumber ("al 911 o al número de emergencias de su zona"), so "ahora" goes before it.
 * medicine: {paracetamol} begins a sentence, so each name carries its article ("El paracetamol").
 */
export const checker: CheckerContent = {
  heading: 'Revise su espasmo de espalda',
  intro:
    'Sepa si necesita ayuda ahora, si debe ver a alguien o si puede cuidarse en casa.',
  privacy: 'Sus respuestas se quedan en esta página. No se envían ni se guardan.',
  start: {
    emergency: 'Si cree que es una emergencia, llame ahora al {emergency}.',
    unsure:
      'En las señales de alarma, elija «No lo sé» si no lo sabe. Lo contamos como un sí. Pasar por alto una señal grave hace mucho más daño que una llamada que no hacía falta.',
    someoneElse: 'Si responde por otra persona, responda por ella.',
  },
  sections: {
    about: { title: 'Sobre usted', intro: 'Su edad cambia lo que es más seguro para usted.' },
    emergency: {
      title: 'Señales que necesitan ayuda ahora',
      intro: 'Si tiene dudas, elija «No lo sé». Lo contamos como un sí, por seguridad.',
    },
    risk: { title: 'Su salud', intro: 'Algunos problemas de salud hacen más grave el dolor de espalda.' },
    urgent: {
      title: 'Señales para ver a un médico hoy',
      intro: 'Un médico las debería ver hoy mismo.',
    },
    pain: { title: 'Sobre su dolor', intro: 'Piense en el dolor de espalda que tiene ahora.' },
  },
  answers: { yes: 'Sí', no: 'No', unsure: 'No lo sé' },
  questions: {
    'chest-pain': {
      text: '¿Tiene dolor en el pecho además del dolor de espalda?',
      yes: 'Tiene dolor en el pecho además de dolor de espalda.',
      unsure: 'No sabía si tenía dolor en el pecho.',
    },
    breathless: {
      text: '¿Le falta tanto el aire que le cuesta hablar?',
      hint: 'O de repente le cuesta respirar.',
      yes: 'Le falta tanto el aire que le cuesta hablar, o de repente le cuesta respirar.',
      unsure: 'No sabía si le faltaba el aire.',
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
      text: 'Desde que empezó el dolor, ¿ha cambiado algo con la orina o las heces?',
      hint: 'No puede orinar, o le cuesta empezar. Pierde orina o heces sin querer. O no siente cuándo tiene que ir al baño, o no siente salir la orina o las heces. Tener estreñimiento, y nada más, no cuenta.',
      yes: 'Desde que empezó el dolor, ha cambiado algo con la orina o las heces.',
      unsure: 'No sabía si había cambiado algo con la orina o las heces.',
    },
    'saddle-numbness': {
      text: '¿Tiene la zona entre las piernas dormida o con hormigueo?',
      hint: 'Alrededor de los genitales o las nalgas, o en la parte de dentro de los muslos. Por ejemplo, no siente el papel al limpiarse.',
      yes: 'Tiene la zona entre las piernas dormida o con hormigueo.',
      unsure: 'No sabía si tenía dormida la zona entre las piernas.',
    },
    'sexual-function': {
      text: '¿Nota algo distinto en sus genitales o en las relaciones sexuales desde que empezó el dolor?',
      hint: 'Ha perdido la sensibilidad en los genitales. O tiene problemas nuevos para sentir durante las relaciones sexuales, o con la erección o al eyacular.',
      yes: 'Nota algo distinto en sus genitales o en las relaciones sexuales desde que empezó el dolor.',
      unsure: 'No sabía si notaba algo distinto en sus genitales o en las relaciones sexuales.',
    },
    'leg-symptoms': {
      text: '¿Tiene usted dolor, hormigueo, debilidad o adormecimiento en una pierna o en un pie?',
      hint: 'Después le vamos a preguntar qué tiene.',
      yes: 'Tiene dolor, hormigueo, debilidad o adormecimiento en una pierna o en un pie.',
      unsure: 'No sabía si tenía síntomas en una pierna o un pie.',
    },
    'both-legs': {
      text: '¿Lo tiene en las dos piernas?',
      hint: 'En las dos piernas tiene dolor, hormigueo, o las siente dormidas o débiles.',
      yes: 'Tiene dolor, adormecimiento o debilidad en las dos piernas.',
      unsure: 'No sabía si tenía síntomas en las dos piernas.',
    },
    'cannot-move-leg': {
      text: '¿Una pierna o un pie ha dejado de moverse de repente?',
      hint: 'O una pierna le falla y se dobla.',
      yes: 'Una pierna o un pie ha dejado de moverse de repente, o una pierna le falla.',
      unsure: 'No sabía si una pierna o un pie había dejado de moverse.',
    },
    'leg-weakness': {
      text: '¿Tiene una de las piernas débil?',
      hint: 'O al caminar un pie se le arrastra o golpea el suelo.',
      yes: 'Tiene una de las piernas débil, o un pie se le arrastra al caminar.',
      unsure: 'No sabía si tenía una de las piernas débil.',
    },
    balance: {
      text: '¿Se siente inestable al estar de pie o al caminar?',
      hint: 'Camina con torpeza o pierde el equilibrio. No cuenta si camina despacio porque le duele.',
      yes: 'Se siente inestable al estar de pie o al caminar.',
      unsure: 'No sabía si se sentía inestable al estar de pie o al caminar.',
    },
    fever: {
      text: '¿Tiene fiebre?',
      hint: 'O siente calor y escalofríos a la vez.',
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
      hint: 'Entre los omóplatos, no en la parte baja.',
      yes: 'El dolor está en la parte alta de la espalda.',
      unsure: 'No sabía en qué parte de la espalda estaba el dolor.',
    },
    'cough-sneeze-pain': {
      text: '¿El dolor es mucho peor al toser o al estornudar?',
      hint: 'O al hacer fuerza para sacar las heces.',
      yes: 'El dolor es mucho peor al toser, al estornudar o al hacer fuerza para sacar las heces.',
      unsure: 'No sabía si el dolor era mucho peor al toser o al estornudar.',
    },
    'weight-loss': {
      text: '¿Ha perdido peso sin querer?',
      hint: 'En los últimos meses.',
      yes: 'Ha perdido peso sin querer.',
      unsure: 'No sabía si había perdido peso sin querer.',
    },
    'cancer-history': {
      text: '¿Ha tenido cáncer alguna vez en la vida?',
      hint: 'Incluso si fue hace años.',
      yes: 'Ha tenido cáncer alguna vez.',
      unsure: 'No sabía si había tenido cáncer alguna vez.',
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
      text: '¿El dolor empezó cuando levantó algo, se agachó o se giró?',
      yes: 'Su dolor empezó cuando levantó algo, se agachó o se giró.',
      unsure: 'No sabía si su dolor empezó cuando levantó algo o se agachó.',
    },
    'leg-pain': {
      text: '¿El dolor baja por una pierna, hasta más abajo de la rodilla?',
      yes: 'El dolor baja por una pierna, hasta más abajo de la rodilla.',
      unsure: 'No sabía si el dolor bajaba por una pierna.',
    },
    'leg-numbness': {
      text: '¿Tiene una de las piernas dormida o con hormigueo?',
      yes: 'Tiene una de las piernas dormida o con hormigueo.',
      unsure: 'No sabía si tenía una de las piernas dormida.',
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
      text: 'Desde hace meses, ¿se levanta cada mañana con el cuerpo rígido?',
      hint: 'Rigidez durante más de 30 minutos después de levantarse, que mejora al moverse.',
      yes: 'Desde hace meses se levanta cada mañana con el cuerpo rígido.',
      unsure: 'No sabía si se levantaba cada mañana con el cuerpo rígido.',
    },
    'first-episode': {
      text: '¿Es su primer dolor de espalda?',
      hint: 'O no se parece a ningún dolor de espalda que haya tenido antes.',
      yes: 'Es su primer dolor de espalda, o no se parece a ninguno anterior.',
      unsure: 'No sabía si había tenido antes un dolor de espalda como este.',
    },
    'bone-fragility': {
      text: '¿Le pasa alguna de estas cosas?',
      items: [
        'Tiene los huesos débiles (es lo que se llama osteoporosis).',
        'Ha tomado pastillas de corticoides, como la prednisolona, por 3 meses o más.',
      ],
      yes: 'Tiene los huesos débiles, o ha tomado pastillas de corticoides durante mucho tiempo.',
      unsure: 'No sabía si tenía los huesos débiles o si había tomado pastillas de corticoides.',
    },
    'infection-risk': {
      text: '¿Le pasa alguna de estas cosas?',
      items: [
        'Se inyecta drogas.',
        'Su cuerpo se defiende peor de los microbios. Puede ser por la quimio, el VIH, un trasplante o algunos medicamentos.',
        'En los últimos 3 meses, le operaron de la columna o le pusieron una inyección en la columna.',
        'En los últimos 3 meses, le trataron una infección en otra parte del cuerpo, como la piel o la sangre. No se trata de cómo se siente hoy.',
      ],
      yes: 'Corre más riesgo de tener una infección.',
      unsure: 'No sabía si corría más riesgo de tener una infección.',
    },
    pregnant: {
      text: '¿Está embarazada, o es posible que lo esté?',
      yes: 'Está embarazada, o es posible que lo esté.',
      unsure: 'No sabía si es posible que esté embarazada.',
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
      text: 'Dígales que está embarazada. Su matrona o partera también le puede dar consejo.',
      sources: ['NHS-PREG'],
    },
  },
  levels: {
    'call-emergency': {
      label: 'Emergencia',
      title: 'Llame ahora al {emergency}',
      action: 'Llame ahora al {emergency} para pedir una ambulancia. No conduzca usted mismo.',
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
    ageLabel: '¿Qué edad tiene?',
    ageHint: 'En años. Escriba 0 si es un bebé de menos de 1 año.',
    ageError: 'Escriba la edad en años cumplidos, de 0 a 120.',
    durationLegend: '¿Desde hace cuánto tiempo tiene este dolor de espalda?',
    durations: [
      { label: 'Menos de un día', days: 0 },
      { label: '1 o 2 días', days: 1 },
      { label: 'De 3 a 6 días', days: 3 },
      { label: 'De 1 a 6 semanas', days: 7 },
      { label: 'Más de 6 semanas', days: 43 },
    ],
    improvingLegend: '¿El dolor va a mejor?',
  },
  ui: {
    back: 'Atrás',
    seeResult: 'Ver mi resultado',
    startAgain: 'Empezar de nuevo',
    print: 'Imprimir resumen',
    progress: 'Pregunta {current} de unas {total}',
    emergencyLink: '¿Emergencia? Llame al {emergency}',
    localNumber: '{number} o al número de emergencias de su zona',
    clinicClosed: 'Si su clínica está cerrada, llame al {line}.',
    clinicClosedNoLine:
      'Si su clínica está cerrada, llame al servicio de guardia de su médico o vaya a un centro de atención urgente.',
    sectionAnnouncement: '{section}: {total} preguntas',
    errorSummary: 'Hay un problema',
    errorPrefix: 'Error:',
    checkHeading: 'Revise sus respuestas',
    change: 'Cambiar',
    changeLabel: 'Cambiar su respuesta: {question}',
    callIfUnsafe: 'Llame al {number} si no puede llegar de forma segura',
    continue: 'Continuar',
    resultAnnouncement: 'Resultado: {title}',
    callNumber: 'Llamar al {number}',
    callClinic: 'Llamar a {clinic}: {phone}',
    callClinicToday: 'Llamar hoy a {clinic}: {phone}',
    clinicFallback: 'la clínica',
    book: 'Pedir cita (se abre en una pestaña nueva)',
    bookWith: 'Pedir cita con {clinic} (se abre en una pestaña nueva)',
    noClinicUrgent: 'Llame hoy a su médico o a un servicio de atención urgente.',
    noClinicAppointment: 'Llame al consultorio de su médico o a una clínica para pedir cita.',
    why: 'Por qué',
    whyNone: 'Respondió que no a todas las señales de alarma.',
    unsureNote: 'Por seguridad, también contamos estas respuestas como un sí:',
    selfCareHeading: 'Cómo cuidarse',
    safetyNetHeading: 'Cuándo pedir ayuda',
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
      text: 'Después de 48 horas, cambie al calor, como una almohadilla térmica o un baño caliente, de 15 a 20 minutos cada vez. Envuelva la almohadilla en un paño. Mírese la piel, y nunca se duerma encima.',
      sources: ['seed-001', 'seed-002', 'seed-003', 'NHS-BP'],
    },
    {
      text: 'Siga moviéndose con suavidad, por ejemplo con paseos cortos. No se quede mucho tiempo en la cama, porque puede empeorar.',
      sources: ['seed-001', 'seed-002', 'NG59'],
    },
    {
      text: 'Para el dolor, puede tomar un antiinflamatorio como el ibuprofeno, si es seguro para usted. Tómelo como dice el envase.',
      sources: ['NG59', 'NHS-BP', 'NHS-IBU'],
    },
    {
      text: '{paracetamol} por sí solo no se recomienda para el dolor de espalda.',
      sources: ['NG59', 'NHS-BP'],
    },
    {
      text: 'No tome ibuprofeno si ha tenido una mala reacción a la aspirina o a otro antiinflamatorio.',
      sources: ['NHS-IBU'],
    },
    {
      text: 'Pregunte antes a un farmacéutico si está embarazada o tiene 65 años o más. Pregunte antes si tiene úlceras de estómago, la presión alta o asma. Pregunte antes si ha tenido problemas de riñón, de hígado o de corazón, o un derrame cerebral. Pregunte antes si sangra con facilidad o toma medicinas para que la sangre no se coagule.',
      sources: ['NHS-IBU'],
    },
    {
      text: 'Beba suficiente agua durante el día. Si le falta agua, es más fácil que tenga calambres musculares.',
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
  ],
  medicine: { paracetamol: 'El paracetamol', acetaminophen: 'El acetaminofén' },
  safetyNet: {
    worse: 'Si empeora antes de que le atiendan:',
    callEmergency: {
      heading: 'Llame ahora al {emergency} si:',
      items: [
        { text: 'tiene dolor en el pecho;', sources: ['NHS-BP', 'NHS-CP'] },
        { text: 'le falta tanto el aire que le cuesta hablar;', sources: ['ST-BP', 'NHS-CP'] },
        {
          text: 'se desmaya, o se siente a punto de desmayarse, tiene la piel fría y húmeda, mucho sueño o la mente confusa.',
          sources: ['ST-BP', 'NG156', 'NHS-KI'],
        },
      ],
    },
    emergencyDepartment: {
      heading: 'Vaya ahora a urgencias si:',
      items: [
        {
          text: 'no puede orinar, no puede controlar la orina o las heces, o no siente la necesidad de ir al baño;',
          sources: ['NHS-BP', 'CES-CARD'],
        },
        {
          text: 'tiene dormida la zona entre las piernas, o alrededor de las nalgas o los genitales, por ejemplo al limpiarse;',
          sources: ['NHS-BP', 'CES-CARD'],
        },
        { text: 'nota algo distinto en las relaciones sexuales o en sus genitales;', sources: ['CES-CARD'] },
        { text: 'tiene dolor, adormecimiento o debilidad en las dos piernas;', sources: ['NHS-BP', 'NHS-SCI'] },
        { text: 'una pierna o un pie deja de moverse de repente, o una pierna le falla.', sources: ['NG234', 'CES-CARD'] },
      ],
    },
    labour: {
      text: 'está embarazada y tiene dolores en oleadas regulares, o le sale sangre o líquido por la vagina. Llame primero a su unidad de maternidad.',
      sources: ['ST-BP', 'NHS-PREG'],
    },
    doctorToday: {
      heading: 'Hable hoy con un médico si:',
      items: [
        { text: 'tiene fiebre, o siente calor y escalofríos;', sources: ['NHS-BP'] },
        { text: 'una pierna o un pie se debilita o se arrastra;', sources: ['seed-002', 'ACP-IMG'] },
        { text: 'le arde al orinar, o hay sangre en la orina;', sources: ['NHS-KI'] },
        { text: 'tiene dolor en la barriga.', sources: ['ST-BP', 'NG156'] },
      ],
    },
    book: {
      heading: 'Pida una cita si:',
      items: [
        { text: 'no mejora después de 48 a 72 horas;', sources: ['seed-001'] },
        { text: 'vuelve una y otra vez;', sources: ['seed-002', 'seed-004'] },
        { text: 'el dolor es muy fuerte, o empeora día a día.', sources: ['seed-001', 'NHS-BP'] },
      ],
    },
  },
  disclaimer:
    'Esta herramienta da información general, no un diagnóstico. No sustituye a un profesional de la salud. Si tiene dudas, llame a un profesional de la salud. En caso de emergencia, llame al {emergency}.',
};
