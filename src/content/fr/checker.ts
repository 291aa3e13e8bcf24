import type { CheckerContent } from '../types.js';

/*
 * French wording of <red-flag-checker>, for policy version 3 of CLINICAL.md: the same meaning as
 * the English, in plain adult words ("uriner", "l’urine", "aller à la selle", "les selles").
 * Levels, sources and the order of questions are in policy.ts.
 * The reader is addressed as "vous"; the questions avoid adjectives that change with the reader's
 * gender ("Manquez-vous d’air", not "Êtes-vous essoufflé"), and read the same for someone
 * answering for another person. The "not sure" reasons say "Vous ne saviez pas si...", which
 * reads the same for any reader, where "Vous n'étiez pas sûr" would not.
 * {emergency} always follows "le": it is a number ("le 112") or, where the number is a guess,
 * ui.localNumber ("le 911 ou le numéro d’urgence local").
 * medicine: {paracetamol} begins a sentence, so each name carries its article ("Le paracétamol",
 * "L’acétaminophène"), which French needs and which differs between the two names.
 * \u00a0 is a no-break space: French puts one before ? ! : ; and inside « », and it keeps the
 * mark from wrapping onto a line of its own on a narrow phone screen.
 */
export const checker: CheckerContent = {
  heading: 'Vérifiez votre spasme du dos',
  intro:
    'Sachez si vous avez besoin d’aide tout de suite, si vous devez voir quelqu’un, ou si vous pouvez vous soigner à la maison.',
  privacy: 'Vos réponses restent sur cette page. Elles ne sont ni envoyées ni enregistrées.',
  start: {
    emergency: 'Si vous pensez que c’est une urgence, appelez le {emergency} maintenant.',
    unsure:
      'Pour les signes d’alerte, choisissez «\u00a0Je ne sais pas\u00a0» si vous ne savez pas. Nous le comptons comme un oui. Manquer un signe grave fait bien plus de mal qu’un appel pour rien.',
    someoneElse: 'Si vous répondez pour une autre personne, répondez à sa place.',
  },
  sections: {
    about: { title: 'À propos de vous', intro: 'Votre âge change ce qui est le plus sûr pour vous.' },
    emergency: {
      title: 'Signes qui demandent de l’aide tout de suite',
      intro: 'Si vous avez un doute, choisissez «\u00a0Je ne sais pas\u00a0». Nous le comptons comme un oui, par sécurité.',
    },
    risk: { title: 'Votre santé', intro: 'Certains problèmes de santé rendent le mal de dos plus grave.' },
    urgent: {
      title: 'Signes qui demandent de voir un médecin aujourd’hui',
      intro: 'Un médecin devrait les voir dans la journée.',
    },
    pain: { title: 'À propos de votre douleur', intro: 'Pensez au mal de dos que vous avez en ce moment.' },
  },
  answers: { yes: 'Oui', no: 'Non', unsure: 'Je ne sais pas' },
  questions: {
    'chest-pain': {
      text: 'Avez-vous mal à la poitrine en plus du mal de dos\u00a0?',
      yes: 'Vous avez mal à la poitrine en plus du mal de dos.',
      unsure: 'Vous ne saviez pas si vous aviez mal à la poitrine.',
    },
    breathless: {
      text: 'Manquez-vous d’air au point d’avoir du mal à parler\u00a0?',
      hint: 'Ou vous avez eu soudain du mal à respirer.',
      yes: 'Vous manquez d’air au point d’avoir du mal à parler, ou vous avez eu soudain du mal à respirer.',
      unsure: 'Vous ne saviez pas si vous manquiez d’air.',
    },
    collapse: {
      text: 'Avez-vous perdu connaissance, ou vous sentez-vous sur le point de le faire\u00a0?',
      hint: 'Ou vous avez la peau froide et moite, très sommeil, ou les idées embrouillées.',
      yes: 'Vous avez perdu connaissance ou vous sentez sur le point de le faire, ou vous avez très sommeil ou les idées embrouillées.',
      unsure: 'Vous ne saviez pas si vous aviez perdu connaissance ou si vous étiez sur le point de le faire.',
    },
    'major-trauma': {
      text: 'Est-ce que la douleur a commencé après un accident grave\u00a0?',
      hint: 'Par exemple un accident de voiture, une chute de haut, ou un choc violent en faisant du sport.',
      yes: 'Votre douleur a commencé après un accident grave.',
      unsure: 'Vous ne saviez pas si votre douleur avait commencé après un accident grave.',
    },
    'bladder-bowel': {
      text: 'Depuis le début de la douleur, y a-t-il un changement quand vous urinez ou allez à la selle\u00a0?',
      hint: 'Vous ne pouvez pas uriner, ou vous avez du mal à commencer. Vous perdez de l’urine ou des selles sans le vouloir. Ou vous ne sentez pas quand vous avez besoin d’aller aux toilettes, ou vous ne sentez pas l’urine ou les selles passer. La constipation seule ne compte pas.',
      yes: 'Depuis le début de la douleur, il y a un changement quand vous urinez ou allez à la selle.',
      unsure: 'Vous ne saviez pas s’il y avait un changement quand vous urinez ou allez à la selle.',
    },
    'saddle-numbness': {
      text: 'Est-ce engourdi ou est-ce que ça fourmille entre vos jambes\u00a0?',
      hint: 'Autour des parties génitales ou des fesses, ou à l’intérieur des cuisses. Par exemple, vous ne sentez pas le papier quand vous vous essuyez.',
      yes: 'C’est engourdi ou ça fourmille entre vos jambes.',
      unsure: 'Vous ne saviez pas si c’était engourdi entre vos jambes.',
    },
    'sexual-function': {
      text: 'Depuis que vous avez mal, sentez-vous une différence au niveau du sexe, ou pendant les rapports sexuels\u00a0?',
      hint: 'Vous ne sentez plus bien vos parties génitales. Ou vous avez un nouveau problème pendant les rapports sexuels\u00a0: vous sentez moins, ou vous avez du mal à avoir une érection ou à éjaculer.',
      yes: 'Vous sentez une différence dans vos parties génitales ou pendant les rapports sexuels depuis le début de la douleur.',
      unsure: 'Vous ne saviez pas si vous sentiez une différence dans vos parties génitales ou pendant les rapports sexuels.',
    },
    'leg-symptoms': {
      text: 'Avez-vous une douleur, des fourmis, un engourdissement ou une faiblesse dans une jambe ou un pied\u00a0?',
      hint: 'Nous vous demanderons ensuite ce que vous avez.',
      yes: 'Vous avez une douleur, des fourmis, un engourdissement ou une faiblesse dans une jambe ou un pied.',
      unsure: 'Vous ne saviez pas si vous aviez des symptômes dans une jambe ou un pied.',
    },
    'both-legs': {
      text: 'Est-ce dans les deux jambes\u00a0?',
      hint: 'Une douleur, des fourmis, un engourdissement ou une faiblesse dans les deux jambes.',
      yes: 'Vous avez une douleur, un engourdissement ou une faiblesse dans les deux jambes.',
      unsure: 'Vous ne saviez pas si vous aviez des symptômes dans les deux jambes.',
    },
    'cannot-move-leg': {
      text: 'Une jambe ou un pied a-t-il soudain arrêté de bouger\u00a0?',
      hint: 'Ou une jambe lâche sous vous.',
      yes: 'Une jambe ou un pied a soudain arrêté de bouger, ou une jambe lâche.',
      unsure: 'Vous ne saviez pas si une jambe ou un pied avait arrêté de bouger.',
    },
    'leg-weakness': {
      text: 'Avez-vous une jambe faible\u00a0?',
      hint: 'Ou un pied qui traîne ou qui claque sur le sol quand vous marchez.',
      yes: 'Vous avez une jambe faible, ou un pied qui traîne quand vous marchez.',
      unsure: 'Vous ne saviez pas si vous aviez une jambe faible.',
    },
    balance: {
      text: 'Êtes-vous instable sur vos jambes\u00a0?',
      hint: 'Vous marchez de façon maladroite, ou vous perdez l’équilibre en marchant. Marcher lentement parce que vous avez mal ne compte pas.',
      yes: 'Vous êtes instable sur vos jambes.',
      unsure: 'Vous ne saviez pas si vous étiez instable sur vos jambes.',
    },
    fever: {
      text: 'Avez-vous de la fièvre\u00a0?',
      hint: 'Ou vous avez chaud et des frissons.',
      yes: 'Vous avez de la fièvre.',
      unsure: 'Vous ne saviez pas si vous aviez de la fièvre.',
    },
    'urine-symptoms': {
      text: 'Est-ce que ça brûle ou ça pique quand vous urinez\u00a0?',
      hint: 'Ou vous urinez beaucoup plus souvent que d’habitude, ou il y a du sang dans vos urines.',
      yes: 'Ça brûle quand vous urinez, vous urinez plus souvent, ou il y a du sang dans vos urines.',
      unsure: 'Vous ne saviez pas si ça brûlait ou ça piquait quand vous uriniez.',
    },
    'belly-pain': {
      text: 'Avez-vous aussi mal au ventre\u00a0?',
      yes: 'Vous avez mal au ventre en plus du dos.',
      unsure: 'Vous ne saviez pas si vous aviez mal au ventre.',
    },
    'upper-back-pain': {
      text: 'La douleur est-elle en haut du dos\u00a0?',
      hint: 'Entre les omoplates, pas en bas.',
      yes: 'La douleur est en haut du dos.',
      unsure: 'Vous ne saviez pas à quel endroit du dos se trouvait la douleur.',
    },
    'cough-sneeze-pain': {
      text: 'La douleur est-elle bien pire quand vous toussez ou éternuez\u00a0?',
      hint: 'Ou quand vous poussez pour aller à la selle.',
      yes: 'La douleur est bien pire quand vous toussez, éternuez ou poussez pour aller à la selle.',
      unsure: 'Vous ne saviez pas si tousser ou éternuer aggravait la douleur.',
    },
    'weight-loss': {
      text: 'Avez-vous perdu du poids sans chercher à maigrir\u00a0?',
      hint: 'Ces derniers mois.',
      yes: 'Vous avez perdu du poids sans chercher à maigrir.',
      unsure: 'Vous ne saviez pas si vous aviez perdu du poids sans chercher à maigrir.',
    },
    'cancer-history': {
      text: 'Avez-vous eu un cancer, à un moment de votre vie\u00a0?',
      hint: 'Même il y a des années.',
      yes: 'Vous avez eu un cancer.',
      unsure: 'Vous ne saviez pas si vous aviez eu un cancer.',
    },
    'night-rest-pain': {
      text: 'La douleur est-elle forte même quand vous vous allongez sans bouger\u00a0?',
      hint: 'Ou elle est pire la nuit, quelle que soit votre position.',
      yes: 'La douleur est forte quand vous vous allongez sans bouger, ou pire la nuit.',
      unsure: 'Vous ne saviez pas si la douleur était forte quand vous vous allongiez sans bouger.',
    },
    'lump-swelling': {
      text: 'Avez-vous une nouvelle bosse ou un nouveau gonflement dans le dos\u00a0?',
      hint: 'Qui se voit. Un muscle tendu ou noué ne compte pas. Ou la forme de votre colonne vertébrale a changé.',
      yes: 'Vous avez une nouvelle bosse dans le dos, ou votre colonne vertébrale a changé de forme.',
      unsure: 'Vous ne saviez pas si vous aviez une nouvelle bosse dans le dos.',
    },
    'minor-fall': {
      text: 'La douleur a-t-elle commencé après une chute ou un coup\u00a0?',
      hint: 'Sans que ce soit un accident grave.',
      yes: 'Votre douleur a commencé après une chute ou un coup.',
      unsure: 'Vous ne saviez pas si votre douleur avait commencé après une chute ou un coup.',
    },
    'lifting-strain': {
      text: 'La douleur a-t-elle commencé pendant que vous souleviez quelque chose, vous penchiez ou vous tourniez\u00a0?',
      yes: 'Votre douleur a commencé pendant que vous souleviez quelque chose, vous penchiez ou vous tourniez.',
      unsure: 'Vous ne saviez pas si votre douleur avait commencé pendant que vous souleviez quelque chose ou vous penchiez.',
    },
    'leg-pain': {
      text: 'La douleur descend-elle dans une jambe, jusque sous le genou\u00a0?',
      yes: 'La douleur descend dans une jambe, jusque sous le genou.',
      unsure: 'Vous ne saviez pas si la douleur descendait dans une jambe.',
    },
    'leg-numbness': {
      text: 'Avez-vous une jambe engourdie, ou des fourmis dans une jambe\u00a0?',
      yes: 'Vous avez une jambe engourdie, ou des fourmis dans une jambe.',
      unsure: 'Vous ne saviez pas si vous aviez une jambe engourdie.',
    },
    'severe-worsening': {
      text: 'La douleur est-elle très forte, ou s’aggrave-t-elle de jour en jour\u00a0?',
      yes: 'La douleur est très forte, ou s’aggrave de jour en jour.',
      unsure: 'Vous ne saviez pas si la douleur était très forte ou s’aggravait.',
    },
    'daily-life': {
      text: 'La douleur vous empêche-t-elle de faire ce que vous faites d’habitude\u00a0?',
      hint: 'Comme travailler, ou les tâches de tous les jours à la maison.',
      yes: 'La douleur vous empêche de faire ce que vous faites d’habitude.',
      unsure: 'Vous ne saviez pas si la douleur vous empêchait de faire ce que vous faites d’habitude.',
    },
    'recurring-same-spot': {
      text: 'Avant cette fois-ci, votre mal de dos revenait-il encore et encore au même endroit\u00a0?',
      yes: 'Votre mal de dos est revenu encore et encore au même endroit.',
      unsure: 'Vous ne saviez pas si votre mal de dos était revenu encore et encore au même endroit.',
    },
    inflammatory: {
      text: 'Depuis des mois, êtes-vous raide chaque matin\u00a0?',
      hint: 'Raide pendant plus de 30 minutes après le lever, et cela passe quand vous bougez.',
      yes: 'Depuis des mois, vous êtes raide chaque matin.',
      unsure: 'Vous ne saviez pas si vous étiez raide chaque matin.',
    },
    'first-episode': {
      text: 'Est-ce votre premier mal de dos\u00a0?',
      hint: 'Ou il ne ressemble à aucun mal de dos que vous ayez eu avant.',
      yes: 'C’est votre premier mal de dos, ou il ne ressemble à aucun de ceux d’avant.',
      unsure: 'Vous ne saviez pas si vous aviez déjà eu un mal de dos comme celui-ci.',
    },
    'bone-fragility': {
      text: 'Est-ce que l’une de ces choses vous concerne\u00a0?',
      items: [
        'Vous avez les os fragiles (c’est ce qu’on appelle l’ostéoporose).',
        'Vous avez pris des cachets de corticoïdes, comme la prednisolone, pendant 3 mois ou plus.',
      ],
      yes: 'Vous avez les os fragiles, ou vous avez pris des cachets de corticoïdes pendant longtemps.',
      unsure: 'Vous ne saviez pas si vous aviez les os fragiles ou si vous aviez pris des cachets de corticoïdes.',
    },
    'infection-risk': {
      text: 'Est-ce que l’une de ces choses vous concerne\u00a0?',
      items: [
        'Vous vous injectez de la drogue.',
        'Votre corps se défend moins bien contre les microbes. Cela peut venir d’une chimio, du VIH, d’une greffe ou de certains médicaments.',
        'Ces 3 derniers mois, vous avez eu une opération ou une injection dans la colonne vertébrale.',
        'Ces 3 derniers mois, on vous a soigné une infection ailleurs dans le corps, comme la peau ou le sang. Il ne s’agit pas de ce que vous ressentez aujourd’hui.',
      ],
      yes: 'Vous avez plus de risques d’avoir une infection.',
      unsure: 'Vous ne saviez pas si vous aviez plus de risques d’avoir une infection.',
    },
    pregnant: {
      text: 'Êtes-vous enceinte, ou est-ce que vous pourriez l’être\u00a0?',
      yes: 'Vous êtes enceinte, ou pourriez l’être.',
      unsure: 'Vous ne saviez pas si vous pouviez être enceinte.',
    },
    'labour-signs': {
      text: 'Avez-vous des douleurs qui vont et viennent par vagues régulières\u00a0?',
      hint: 'Ou du sang ou du liquide sort de votre vagin.',
      yes: 'Votre douleur vient par vagues, ou du sang ou du liquide sort de votre vagin.',
      unsure: 'Vous ne saviez pas si votre douleur venait par vagues.',
    },
  },
  combinations: {
    'cancer-with-nerve-signs':
      'Vous avez eu un cancer, et vous avez une douleur ou des signes d’un problème de nerfs dans les jambes ou le bas du corps.',
    'fever-with-nerve-signs':
      'Vous avez de la fièvre et des signes d’un problème de nerfs dans les jambes ou le bas du corps.',
    'infection-risk-with-nerve-signs':
      'Vous avez plus de risques d’infection et des signes d’un problème de nerfs dans les jambes ou le bas du corps.',
    'fever-with-infection-risk': 'Vous avez de la fièvre et plus de risques d’infection.',
    'belly-pain-at-60': 'Vous avez 60 ans ou plus, et mal au ventre en plus du dos.',
    'fall-with-fragile-bones':
      'La douleur a commencé après une chute ou un coup, ou en soulevant quelque chose, en vous penchant ou en vous tournant, et vous avez les os fragiles ou 70 ans ou plus.',
    'severe-pain-fragile-or-older':
      'La douleur est très forte ou s’aggrave, et vous avez les os fragiles ou 60 ans ou plus.',
    'young-child': 'Un jeune enfant qui a mal au dos doit voir un médecin aujourd’hui.',
    child: 'Un enfant ou un adolescent qui a mal au dos devrait être examiné par un médecin.',
    'first-episode-at-risk-age':
      'C’est votre premier mal de dos comme celui-ci, et vous avez moins de 20 ans, ou 50 ans ou plus.',
    'not-improving': 'La douleur dure depuis 3 jours ou plus et ne s’améliore pas clairement.',
    'over-six-weeks': 'La douleur dure depuis plus de 6 semaines.',
  },
  advice: {
    'labour-signs': { text: 'Appelez tout de suite votre maternité ou la salle de naissance.', sources: ['NHS-PREG'] },
    pregnant: { text: 'Dites-leur que vous êtes enceinte. Votre sage-femme peut aussi vous conseiller.', sources: ['NHS-PREG'] },
  },
  levels: {
    'call-emergency': {
      label: 'Urgence',
      title: 'Appelez le {emergency} maintenant',
      action: 'Appelez le {emergency} tout de suite pour demander une ambulance. Ne conduisez pas vous-même.',
    },
    'emergency-department': {
      label: 'Urgence',
      title: 'Allez aux urgences maintenant',
      action: 'Allez maintenant aux urgences les plus proches. Ne conduisez pas vous-même.',
    },
    urgent: {
      label: 'Urgent',
      title: 'Parlez à un médecin aujourd’hui',
      action: 'Parlez à un médecin ou à un service de soins urgents aujourd’hui, dans les 24 heures.',
    },
    appointment: {
      label: 'Bientôt',
      title: 'Prenez rendez-vous dans les prochains jours',
      action:
        'Prenez rendez-vous avec un médecin, un kiné ou un autre soignant dans les prochains jours.',
    },
    'self-care': {
      label: 'À la maison',
      title: 'Vous pouvez vous soigner à la maison',
      action:
        'Vos réponses ne montrent aucun signe d’alerte. La plupart des spasmes du dos vont mieux en quelques jours avec des soins à la maison.',
    },
  },
  context: {
    ageLabel: 'Quel âge avez-vous\u00a0?',
    ageHint: 'En années. Indiquez 0 pour un bébé de moins d’un an.',
    ageError: 'Indiquez un âge en années complètes, de 0 à 120.',
    durationLegend: 'Depuis combien de temps avez-vous ce mal de dos\u00a0?',
    durations: [
      { label: 'Moins d’un jour', days: 0 },
      { label: '1 ou 2 jours', days: 1 },
      { label: '3 à 6 jours', days: 3 },
      { label: '1 à 6 semaines', days: 7 },
      { label: 'Plus de 6 semaines', days: 43 },
    ],
    improvingLegend: 'Est-ce que ça s’améliore\u00a0?',
  },
  ui: {
    back: 'Retour',
    continue: 'Continuer',
    seeResult: 'Voir mon résultat',
    startAgain: 'Recommencer',
    print: 'Imprimer le résumé',
    progress: 'Question {current} sur environ {total}',
    emergencyLink: 'Urgence\u00a0? Appelez le {emergency}',
    localNumber: '{number} ou le numéro d’urgence local',
    clinicClosed: 'Si votre clinique est fermée, appelez le {line}.',
    clinicClosedNoLine:
      'Si votre clinique est fermée, appelez le service de garde de votre médecin, ou allez dans un centre de soins urgents.',
    sectionAnnouncement: '{section}\u00a0: {total} questions',
    resultAnnouncement: 'Résultat\u00a0: {title}',
    errorSummary: 'Il y a un problème',
    errorPrefix: 'Erreur\u00a0:',
    checkHeading: 'Vérifiez vos réponses',
    change: 'Modifier',
    changeLabel: 'Modifier votre réponse\u00a0: {question}',
    callIfUnsafe: 'Appelez le {number} si vous ne pouvez pas y aller sans danger',
    callNumber: 'Appeler le {number}',
    callClinic: 'Appeler {clinic}\u00a0: {phone}',
    callClinicToday: 'Appeler {clinic} aujourd’hui\u00a0: {phone}',
    clinicFallback: 'la clinique',
    book: 'Prendre rendez-vous (s’ouvre dans un nouvel onglet)',
    bookWith: 'Prendre rendez-vous chez {clinic} (s’ouvre dans un nouvel onglet)',
    noClinicUrgent: 'Appelez aujourd’hui votre médecin ou un service de soins urgents.',
    noClinicAppointment: 'Appelez le cabinet de votre médecin ou une clinique pour prendre rendez-vous.',
    why: 'Pourquoi',
    whyNone: 'Vous avez répondu non à tous les signes d’alerte.',
    unsureNote: 'Par prudence, nous avons aussi compté ces réponses comme un oui\u00a0:',
    selfCareHeading: 'Prendre soin de vous',
    safetyNetHeading: 'Quand demander de l’aide',
    summaryHeading: 'Résumé pour un professionnel de santé',
    summaryShow: 'Afficher le résumé',
    summaryHide: 'Masquer le résumé',
    summaryDate: 'Date',
    summaryLevel: 'Résultat',
    summaryPolicy: 'Protocole de l’outil',
    sourcesHeading: 'Sources',
    notAnswered: 'Non demandé',
    backToQuestions: 'Modifier mes réponses',
  },
  selfCare: [
    {
      text: 'Pendant les 48 premières heures, posez une poche de glace enveloppée dans un linge sur la zone douloureuse pendant 15 à 20 minutes, toutes les 2 à 4 heures. Ne mettez jamais la glace directement sur la peau.',
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
    {
      text: 'Après 48 heures, passez à la chaleur, par exemple un coussin chauffant ou un bain chaud, pendant 15 à 20 minutes à chaque fois. Enveloppez le coussin dans un linge. Regardez votre peau, et ne vous endormez jamais dessus.',
      sources: ['seed-001', 'seed-002', 'seed-003', 'NHS-BP'],
    },
    {
      text: 'Continuez à bouger en douceur, par exemple en faisant de courtes promenades. Ne restez pas longtemps au lit, car cela peut aggraver la douleur.',
      sources: ['seed-001', 'seed-002', 'NG59'],
    },
    {
      text: 'Contre la douleur, vous pouvez prendre un anti-inflammatoire comme l’ibuprofène, si c’est sans danger pour vous. Prenez-le comme indiqué sur la boîte.',
      sources: ['NG59', 'NHS-BP', 'NHS-IBU'],
    },
    {
      text: '{paracetamol} seul n’est pas conseillé contre le mal de dos.',
      sources: ['NG59', 'NHS-BP'],
    },
    {
      text: 'Ne prenez pas d’ibuprofène si vous avez déjà mal réagi à l’aspirine ou à un médicament du même type.',
      sources: ['NHS-IBU'],
    },
    {
      text: 'Demandez d’abord conseil à un pharmacien si vous êtes enceinte ou si vous avez 65 ans ou plus. Demandez aussi si vous avez un ulcère à l’estomac, une tension trop haute ou de l’asthme. Demandez aussi si vous avez eu des problèmes de reins, de foie ou de cœur, ou un AVC. Demandez aussi si vous saignez facilement ou si vous prenez un médicament qui rend le sang plus fluide.',
      sources: ['NHS-IBU'],
    },
    {
      text: 'Buvez assez d’eau tout au long de la journée. Quand on manque d’eau, les crampes musculaires sont plus probables.',
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
  ],
  medicine: { paracetamol: 'Le paracétamol', acetaminophen: 'L’acétaminophène' },
  safetyNet: {
    worse: 'Si cela s’aggrave avant que l’on vous examine\u00a0:',
    callEmergency: {
      heading: 'Appelez le {emergency} maintenant si\u00a0:',
      items: [
        { text: 'vous avez mal à la poitrine\u00a0;', sources: ['NHS-BP', 'NHS-CP'] },
        { text: 'vous manquez d’air au point d’avoir du mal à parler\u00a0;', sources: ['ST-BP', 'NHS-CP'] },
        {
          text: 'vous perdez connaissance, ou vous sentez que vous allez vous évanouir, ou vous avez la peau froide et moite, très sommeil ou les idées embrouillées.',
          sources: ['ST-BP', 'NG156', 'NHS-KI'],
        },
      ],
    },
    emergencyDepartment: {
      heading: 'Allez aux urgences maintenant si\u00a0:',
      items: [
        {
          text: 'vous ne pouvez pas uriner, vous ne pouvez pas retenir l’urine ou les selles, ou vous ne sentez pas le besoin d’aller aux toilettes\u00a0;',
          sources: ['NHS-BP', 'CES-CARD'],
        },
        {
          text: 'vous avez un engourdissement entre les jambes, ou autour des fesses ou des parties génitales, par exemple quand vous vous essuyez\u00a0;',
          sources: ['NHS-BP', 'CES-CARD'],
        },
        { text: 'vous sentez une différence pendant les rapports sexuels ou dans vos parties génitales\u00a0;', sources: ['CES-CARD'] },
        { text: 'vous avez une douleur, un engourdissement ou une faiblesse dans les deux jambes\u00a0;', sources: ['NHS-BP', 'NHS-SCI'] },
        { text: 'une jambe ou un pied arrête soudain de bouger, ou une jambe lâche.', sources: ['NG234', 'CES-CARD'] },
      ],
    },
    labour: {
      text: 'vous êtes enceinte et vous avez des douleurs par vagues régulières, ou du sang ou du liquide qui sort de votre vagin. Appelez d’abord votre maternité.',
      sources: ['ST-BP', 'NHS-PREG'],
    },
    doctorToday: {
      heading: 'Parlez à un médecin aujourd’hui si\u00a0:',
      items: [
        { text: 'vous avez de la fièvre, ou vous avez chaud et des frissons\u00a0;', sources: ['NHS-BP'] },
        { text: 'une jambe ou un pied devient faible ou traîne\u00a0;', sources: ['seed-002', 'ACP-IMG'] },
        { text: 'ça brûle quand vous urinez, ou il y a du sang dans vos urines\u00a0;', sources: ['NHS-KI'] },
        { text: 'vous avez mal au ventre.', sources: ['ST-BP', 'NG156'] },
      ],
    },
    book: {
      heading: 'Prenez un rendez-vous si\u00a0:',
      items: [
        { text: 'cela ne va pas mieux après 48 à 72 heures\u00a0;', sources: ['seed-001'] },
        { text: 'cela revient encore et encore\u00a0;', sources: ['seed-002', 'seed-004'] },
        { text: 'la douleur est très forte, ou s’aggrave de jour en jour.', sources: ['seed-001', 'NHS-BP'] },
      ],
    },
  },
  disclaimer:
    'Cet outil donne des informations générales, pas un diagnostic. Il ne remplace pas un professionnel de santé. En cas de doute, appelez un professionnel de santé. En cas d’urgence, appelez le {emergency}.',
};
