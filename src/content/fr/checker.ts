import type { CheckerContent } from '../types.js';

/*
 * French wording of <red-flag-checker>. Levels and sources of questions are in policy.ts.
 * \u00a0 is a no-break space: French puts one before ? ! : ; and inside « », and it keeps the
 * mark from wrapping onto a line of its own on a narrow phone screen.
 */
export const checker: CheckerContent = {
  heading: 'Vérifiez votre spasme du dos',
  intro:
    'Répondez à quelques questions courtes pour savoir si vous avez besoin d’une aide urgente, si vous devez consulter un professionnel de santé, ou si vous pouvez vous soigner à la maison.',
  privacy: 'Vos réponses restent sur cette page. Elles ne sont envoyées nulle part et ne sont pas enregistrées.',
  steps: {
    emergency: {
      title: 'Signes qui demandent de l’aide tout de suite',
      intro:
        'Si vous avez un doute sur une réponse, choisissez «\u00a0Je ne sais pas\u00a0». Nous la comptons comme un oui, par sécurité.',
    },
    urgent: {
      title: 'Signes qui demandent de voir vite un médecin',
      intro: 'Ils peuvent révéler un problème qu’un médecin devrait examiner aujourd’hui.',
    },
    pain: { title: 'À propos de votre douleur', intro: 'Pensez à cet épisode de mal de dos.' },
    person: { title: 'À propos de vous', intro: 'Certaines réponses changent ce qui est le plus sûr pour vous.' },
  },
  answers: { yes: 'Oui', no: 'Non', unsure: 'Je ne sais pas' },
  questions: {
    'chest-pain': { text: 'Avez-vous une douleur à la poitrine en plus du mal de dos\u00a0?' },
    'major-trauma': {
      text: 'La douleur a-t-elle commencé après un accident grave\u00a0?',
      hint: 'Par exemple un accident de voiture, une chute de hauteur, ou un choc violent en faisant du sport.',
    },
    'bladder-bowel': {
      text: 'Depuis le début du mal de dos, avez-vous de nouveaux problèmes de vessie ou d’intestins\u00a0?',
      hint: 'Ne plus pouvoir retenir votre urine ou vos selles, avoir du mal à commencer à uriner, ou ne pas sentir quand vous avez besoin d’y aller.',
    },
    'saddle-numbness': {
      text: 'Avez-vous un engourdissement ou des fourmillements autour des parties génitales, des fesses ou de l’intérieur des cuisses\u00a0?',
      hint: 'Les zones qui toucheraient une selle de vélo.',
    },
    'sexual-function': {
      text: 'Avez-vous de nouveaux problèmes pour avoir une érection ou pour éjaculer, ou avez-vous perdu la sensibilité de vos parties génitales\u00a0?',
    },
    'both-legs': { text: 'Avez-vous un engourdissement, des fourmillements ou une faiblesse dans les deux jambes\u00a0?' },
    'leg-weakness': {
      text: 'Avez-vous une jambe faible, ou un pied qui traîne ou qui claque sur le sol quand vous marchez\u00a0?',
      hint: 'Répondez oui, surtout si cela s’aggrave.',
    },
    balance: { text: 'Avez-vous perdu l’équilibre, ou avez-vous depuis peu du mal à marcher\u00a0?' },
    fever: { text: 'Avez-vous de la fièvre ou des frissons, ou tremblez-vous de froid\u00a0?' },
    'weight-loss': { text: 'Avez-vous perdu du poids sans chercher à maigrir\u00a0?' },
    'cancer-history': { text: 'Avez-vous déjà eu un cancer\u00a0?' },
    'night-rest-pain': {
      text: 'La douleur est-elle forte même au repos, ou pire la nuit\u00a0?',
      hint: 'Une douleur qui ne se calme pas quand vous changez de position.',
    },
    'lump-swelling': { text: 'Avez-vous un gonflement ou une bosse dans le dos, ou votre dos a-t-il changé de forme\u00a0?' },
    'minor-fall': {
      text: 'La douleur a-t-elle commencé après une chute, un coup ou un faux mouvement\u00a0?',
      hint: 'Quelque chose de moins sérieux qu’un accident grave.',
    },
    'leg-pain': { text: 'La douleur descend-elle dans une jambe, jusque sous le genou\u00a0?' },
    'leg-numbness': { text: 'Avez-vous un engourdissement ou des picotements dans une jambe\u00a0?' },
    'severe-worsening': { text: 'La douleur est-elle forte, ou s’aggrave-t-elle\u00a0?' },
    'daily-life': {
      text: 'Les spasmes sont-ils fréquents, ou vous empêchent-ils de faire vos activités habituelles de la journée ou de travailler\u00a0?',
    },
    'recurring-same-spot': { text: 'La douleur revient-elle encore et encore au même endroit\u00a0?' },
    inflammatory: {
      text: 'Depuis des mois, votre dos est-il raide plus de 30 minutes chaque matin, puis se détend-il quand vous bougez\u00a0?',
    },
    'first-episode': { text: 'Est-ce la première fois que vous avez mal au dos\u00a0?' },
    'bone-fragility': {
      text: 'Avez-vous de l’ostéoporose (des os fragiles), ou avez-vous pris des comprimés de corticoïdes pendant plusieurs mois\u00a0?',
    },
    'infection-risk': {
      text: 'Vous injectez-vous de la drogue, avez-vous des défenses immunitaires affaiblies, ou avez-vous eu récemment une intervention sur la colonne vertébrale ou une infection grave\u00a0?',
    },
  },
  combinations: {
    'cancer-with-nerve-signs':
      'Vous avez eu un cancer, et vous avez des symptômes aux jambes, à la vessie ou aux intestins.',
    'fever-with-nerve-signs':
      'Vous avez de la fièvre, avec une faiblesse ou un engourdissement dans les jambes, ou des problèmes d’équilibre.',
    'fall-with-fragile-bones':
      'La douleur a commencé après une chute ou un faux mouvement, et vos os sont peut-être fragiles.',
    'fever-with-infection-risk': 'Vous avez de la fièvre et un risque d’infection plus élevé.',
    'first-episode-at-risk-age': 'C’est votre premier mal de dos, et vous avez moins de 20 ans, ou 50 ans ou plus.',
    'not-improving': 'La douleur dure depuis 3 jours ou plus et ne s’améliore pas clairement.',
    'over-six-weeks': 'La douleur dure depuis plus de 6 semaines.',
  },
  levels: {
    'call-emergency': {
      title: 'Appelez le {emergency} maintenant',
      action: 'Appelez le {emergency} maintenant pour demander une ambulance. Ne conduisez pas vous-même.',
    },
    'emergency-department': {
      title: 'Allez aux urgences maintenant',
      action:
        'Allez maintenant aux urgences les plus proches. Si vous ne pouvez pas vous y rendre sans danger, appelez le {emergency} pour demander une ambulance.',
    },
    urgent: {
      title: 'Parlez à un médecin aujourd’hui',
      action: 'Parlez à un médecin ou à un service de soins urgents aujourd’hui, dans les 24 heures.',
    },
    appointment: {
      title: 'Prenez rendez-vous dans les prochains jours',
      action:
        'Prenez rendez-vous avec un médecin, un kinésithérapeute ou un autre professionnel de santé dans les prochains jours.',
    },
    'self-care': {
      title: 'Vous pouvez vous soigner à la maison',
      action:
        'Vos réponses ne montrent aucun signe d’alerte. La plupart des spasmes du dos se calment en quelques jours avec des soins à la maison.',
    },
  },
  context: {
    ageLabel: 'Quel âge avez-vous\u00a0?',
    ageHint: 'En années.',
    ageError: 'Indiquez votre âge en années, de 1 à 120.',
    durationLegend: 'Depuis combien de temps avez-vous ce mal de dos\u00a0?',
    durations: [
      { label: 'Moins d’un jour', days: 0 },
      { label: '1 à 2 jours', days: 1 },
      { label: '3 à 7 jours', days: 3 },
      { label: '1 à 6 semaines', days: 7 },
      { label: 'Plus de 6 semaines', days: 43 },
    ],
    improvingLegend: 'Est-ce que ça s’améliore\u00a0?',
  },
  ui: {
    start: 'Commencer',
    next: 'Suivant',
    back: 'Retour',
    seeResult: 'Voir mon résultat',
    startAgain: 'Recommencer',
    print: 'Imprimer le résumé',
    progress: 'Étape {current} sur {total}',
    // "{count} restent" would be wrong for 1, so the count stands on its own after a colon.
    unanswered: 'Merci de répondre à toutes les questions de cette étape. Questions sans réponse\u00a0: {count}.',
    stepAnnouncement: 'Étape {current} sur {total}\u00a0: {title}',
    resultAnnouncement: 'Résultat\u00a0: {title}',
    callNumber: 'Appeler le {number}',
    callClinic: 'Appeler {clinic}\u00a0: {phone}',
    callClinicToday: 'Appeler {clinic} aujourd’hui\u00a0: {phone}',
    clinicFallback: 'la clinique',
    book: 'Prendre rendez-vous',
    bookWith: 'Prendre rendez-vous chez {clinic}',
    noClinicUrgent: 'Appelez aujourd’hui le cabinet de votre médecin ou un service de soins urgents.',
    noClinicAppointment: 'Appelez le cabinet de votre médecin ou une clinique pour prendre rendez-vous.',
    why: 'Pourquoi',
    whyNone: 'Vous avez répondu non à tous les signes d’alerte.',
    unsureNote: 'Vous avez répondu «\u00a0Je ne sais pas\u00a0» à ces questions, nous les avons donc comptées comme un oui\u00a0:',
    selfCareHeading: 'Prendre soin de vous',
    comeBackHeading: 'Vérifiez de nouveau ou demandez de l’aide si',
    summaryHeading: 'Résumé pour un professionnel de santé',
    summaryShow: 'Afficher le résumé',
    summaryHide: 'Masquer le résumé',
    summaryDate: 'Date',
    summaryLevel: 'Résultat',
    summaryAge: 'Âge',
    summaryDuration: 'Durée',
    summaryImproving: 'Amélioration',
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
      text: 'Après 48 heures, passez à la chaleur, par exemple un coussin chauffant ou un bain chaud, pendant 15 à 20 minutes à chaque fois.',
      sources: ['seed-001', 'seed-002', 'seed-003'],
    },
    {
      text: 'Continuez à bouger en douceur, par exemple en faisant de courtes promenades. Évitez de rester longtemps au lit\u00a0: cela peut aggraver les choses.',
      sources: ['seed-001', 'seed-002', 'NG59'],
    },
    {
      text: 'Un antidouleur sans ordonnance, comme l’ibuprofène ou le paracétamol (acétaminophène), peut soulager la douleur. Prenez-le exactement comme indiqué sur la notice.',
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
    {
      text: 'Buvez assez d’eau tout au long de la journée\u00a0: la déshydratation favorise les crampes musculaires.',
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
  ],
  comeBackIf: [
    { text: 'l’un des signes d’alerte de ces questions apparaît\u00a0;', sources: ['seed-002', 'NHS-BP'] },
    { text: 'cela ne s’améliore pas après 48 à 72 heures de soins à la maison\u00a0;', sources: ['seed-001'] },
    { text: 'cela revient encore et encore, ou toujours au même endroit.', sources: ['seed-002', 'seed-004'] },
  ],
  disclaimer:
    'Cet outil donne des informations générales, pas un diagnostic, et ne remplace pas un professionnel de santé. En cas de doute, appelez un professionnel de santé. En cas d’urgence, appelez le {emergency}.',
};
