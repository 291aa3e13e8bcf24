import type { CheckerContent } from '../types.js';

/*
 * French wording of <red-flag-checker>, for policy version 2 of CLINICAL.md: the same meaning as
 * the English, in plain words. Levels, sources and the order of questions are in policy.ts.
 * The reader is addressed as "vous". The "not sure" reasons say "Vous ne saviez pas si...", which
 * reads the same for any reader, where "Vous n'étiez pas sûr" would not.
 * \u00a0 is a no-break space: French puts one before ? ! : ; and inside « », and it keeps the
 * mark from wrapping onto a line of its own on a narrow phone screen.
 */
export const checker: CheckerContent = {
  heading: 'Vérifiez votre spasme du dos',
  intro:
    'Répondez à quelques questions courtes. Nous vous dirons si vous avez besoin d’aide tout de suite, si vous devez consulter quelqu’un, ou si vous pouvez vous soigner à la maison.',
  privacy: 'Vos réponses restent sur cette page. Elles ne sont ni envoyées ni enregistrées.',
  sections: {
    emergency: {
      title: 'Signes qui demandent de l’aide tout de suite',
      intro: 'Si vous avez un doute, choisissez «\u00a0Je ne sais pas\u00a0». Nous le comptons comme un oui, par sécurité.',
    },
    urgent: {
      title: 'Signes qui demandent de voir un médecin aujourd’hui',
      intro: 'Un médecin devrait les examiner aujourd’hui.',
    },
    pain: { title: 'À propos de votre douleur', intro: 'Pensez au mal de dos que vous avez en ce moment.' },
    person: { title: 'À propos de vous', intro: 'Certaines choses changent ce qui est le plus sûr pour vous.' },
  },
  answers: { yes: 'Oui', no: 'Non', unsure: 'Je ne sais pas' },
  questions: {
    'chest-pain': {
      text: 'Avez-vous mal à la poitrine en plus du mal de dos\u00a0?',
      yes: 'Vous avez mal à la poitrine en plus du mal de dos.',
      unsure: 'Vous ne saviez pas si vous aviez mal à la poitrine.',
    },
    collapse: {
      text: 'Avez-vous perdu connaissance, ou sentez-vous que vous allez vous évanouir\u00a0?',
      hint: 'Ou vous avez la peau froide et moite, très sommeil, ou les idées embrouillées.',
      yes: 'Vous avez perdu connaissance, ou vous sentez que vous allez vous évanouir, vous avez sommeil ou les idées embrouillées.',
      unsure: 'Vous ne saviez pas si vous aviez perdu connaissance ou si vous alliez vous évanouir.',
    },
    'major-trauma': {
      text: 'La douleur a-t-elle commencé après un accident grave\u00a0?',
      hint: 'Par exemple un accident de voiture, une chute de haut, ou un choc violent en faisant du sport.',
      yes: 'Votre douleur a commencé après un accident grave.',
      unsure: 'Vous ne saviez pas si votre douleur avait commencé après un accident grave.',
    },
    'bladder-bowel': {
      text: 'Depuis le début de la douleur, quelque chose a-t-il changé quand vous urinez ou faites caca\u00a0?',
      hint: 'Vous ne pouvez pas uriner, ou vous avez du mal à commencer. Vous perdez de l’urine ou du caca sans le vouloir. Ou vous ne sentez pas quand vous avez besoin d’y aller, ou vous ne sentez pas l’urine ou le caca passer. La constipation seule ne compte pas.',
      yes: 'Depuis le début de la douleur, quelque chose a changé quand vous urinez ou faites caca.',
      unsure: 'Vous ne saviez pas si quelque chose avait changé pour uriner ou faire caca.',
    },
    'saddle-numbness': {
      text: 'Avez-vous un engourdissement ou des fourmillements entre les jambes\u00a0?',
      hint: 'Autour des parties génitales ou des fesses, ou à l’intérieur des cuisses.',
      yes: 'Vous avez un engourdissement ou des fourmillements entre les jambes.',
      unsure: 'Vous ne saviez pas si vous aviez un engourdissement entre les jambes.',
    },
    'sexual-function': {
      text: 'Depuis le début de la douleur, sentez-vous une différence dans vos parties génitales ou pendant les rapports sexuels\u00a0?',
      hint: 'Vous avez perdu la sensation dans vos parties génitales. Ou vous avez un nouveau problème pour sentir pendant les rapports sexuels, ou avec l’érection ou l’éjaculation.',
      yes: 'Vous sentez une différence dans vos parties génitales ou pendant les rapports sexuels depuis le début de la douleur.',
      unsure: 'Vous ne saviez pas si vous sentiez une différence dans vos parties génitales ou pendant les rapports sexuels.',
    },
    'both-legs': {
      text: 'Avez-vous une douleur, un engourdissement ou une faiblesse dans les deux jambes\u00a0?',
      hint: 'Des fourmillements dans les deux jambes comptent aussi.',
      yes: 'Vous avez une douleur, un engourdissement ou une faiblesse dans les deux jambes.',
      unsure: 'Vous ne saviez pas si vous aviez des symptômes dans les deux jambes.',
    },
    'cannot-move-leg': {
      text: 'Êtes-vous soudain incapable de bouger une jambe ou un pied\u00a0?',
      hint: 'Ou une jambe lâche sous vous.',
      yes: 'Vous ne pouvez soudain plus bouger une jambe ou un pied, ou une jambe lâche.',
      unsure: 'Vous ne saviez pas si vous pouviez bouger vos jambes et vos pieds.',
    },
    'leg-weakness': {
      text: 'Avez-vous une jambe faible\u00a0?',
      hint: 'Ou un pied qui traîne ou qui claque sur le sol quand vous marchez.',
      yes: 'Vous avez une jambe faible, ou un pied qui traîne quand vous marchez.',
      unsure: 'Vous ne saviez pas si vous aviez une jambe faible.',
    },
    balance: {
      text: 'Tenez-vous mal sur vos jambes\u00a0?',
      hint: 'Vous marchez de façon maladroite, ou vous perdez l’équilibre en marchant. Marcher lentement parce que vous avez mal ne compte pas.',
      yes: 'Vous tenez mal sur vos jambes.',
      unsure: 'Vous ne saviez pas si vous teniez mal sur vos jambes.',
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
      text: 'La douleur empire-t-elle beaucoup quand vous toussez ou éternuez\u00a0?',
      hint: 'Ou quand vous poussez pour faire caca.',
      yes: 'La douleur empire beaucoup quand vous toussez, éternuez ou faites caca.',
      unsure: 'Vous ne saviez pas si tousser ou éternuer aggravait la douleur.',
    },
    'weight-loss': {
      text: 'Avez-vous perdu du poids sans chercher à maigrir\u00a0?',
      hint: 'Ces derniers mois.',
      yes: 'Vous avez perdu du poids sans chercher à maigrir.',
      unsure: 'Vous ne saviez pas si vous aviez perdu du poids sans chercher à maigrir.',
    },
    'cancer-history': {
      text: 'Avez-vous déjà eu un cancer\u00a0?',
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
      text: 'Avez-vous un engourdissement ou des fourmillements dans une jambe\u00a0?',
      yes: 'Vous avez un engourdissement ou des fourmillements dans une jambe.',
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
      text: 'Avez-vous les os fragiles\u00a0?',
      hint: 'On vous a dit que vous avez de l’ostéoporose. Ou vous avez pris des comprimés de corticoïdes pendant 3 mois ou plus. La prednisolone en fait partie.',
      yes: 'Vous avez les os fragiles, ou vous prenez des comprimés de corticoïdes.',
      unsure: 'Vous ne saviez pas si vous aviez les os fragiles.',
    },
    'infection-risk': {
      text: 'Avez-vous plus de risques d’avoir une infection\u00a0?',
      hint: 'Vous vous injectez de la drogue. Ou votre corps se défend moins bien contre les microbes, par exemple à cause d’une chimio, du VIH, d’une greffe ou de certains médicaments. Ou, dans les 3 derniers mois, vous avez eu une infection, une opération ou une injection dans la colonne vertébrale.',
      yes: 'Vous avez plus de risques d’avoir une infection.',
      unsure: 'Vous ne saviez pas si vous aviez plus de risques d’avoir une infection.',
    },
    pregnant: {
      text: 'Êtes-vous enceinte, ou pourriez-vous l’être\u00a0?',
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
      'La douleur a commencé après une chute, un coup, un effort pour soulever, une flexion ou une torsion, et vous avez les os fragiles ou 70 ans ou plus.',
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
    'labour-signs': { text: 'Appelez maintenant votre maternité ou la salle d’accouchement.', sources: ['NHS-PREG'] },
    pregnant: { text: 'Dites-leur que vous êtes enceinte. Votre sage-femme peut aussi vous aider.', sources: ['NHS-PREG'] },
  },
  levels: {
    'call-emergency': {
      label: 'Urgence',
      title: 'Appelez le {emergency} maintenant',
      action: 'Appelez le {emergency} maintenant pour demander une ambulance. Ne conduisez pas vous-même.',
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
        'Prenez rendez-vous avec un médecin, un kinésithérapeute ou un autre professionnel de santé dans les prochains jours.',
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
    ageHint: 'En années.',
    ageError: 'Indiquez votre âge en années, de 1 à 120.',
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
    seeResult: 'Voir mon résultat',
    startAgain: 'Recommencer',
    print: 'Imprimer le résumé',
    progress: '{section} · {current} sur {total}',
    sectionAnnouncement: '{section}\u00a0: {total} questions',
    errorSummary: 'Il y a un problème',
    errorPrefix: 'Erreur\u00a0:',
    checkHeading: 'Vérifiez vos réponses',
    change: 'Modifier',
    changeLabel: 'Modifier votre réponse\u00a0: {question}',
    callIfUnsafe: 'Appelez le {number} si vous ne pouvez pas y aller sans danger',
    continue: 'Continuer',
    // "{count} restent" would be wrong for 1, so the count stands on its own after a colon.
    resultAnnouncement: 'Résultat\u00a0: {title}',
    callNumber: 'Appeler le {number}',
    callClinic: 'Appeler {clinic}\u00a0: {phone}',
    callClinicToday: 'Appeler {clinic} aujourd’hui\u00a0: {phone}',
    clinicFallback: 'la clinique',
    book: 'Prendre rendez-vous',
    bookWith: 'Prendre rendez-vous chez {clinic}',
    noClinicUrgent: 'Appelez aujourd’hui votre médecin ou un service de soins urgents.',
    noClinicAppointment: 'Appelez le cabinet de votre médecin ou une clinique pour prendre rendez-vous.',
    why: 'Pourquoi',
    whyNone: 'Vous avez répondu non à tous les signes d’alerte.',
    unsureNote: 'Par prudence, nous avons aussi compté ces réponses comme un oui\u00a0:',
    selfCareHeading: 'Prendre soin de vous',
    comeBackHeading: 'Vérifiez de nouveau ou demandez de l’aide si',
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
      text: 'Après 48 heures, passez à la chaleur, par exemple un coussin chauffant ou un bain chaud, pendant 15 à 20 minutes à chaque fois.',
      sources: ['seed-001', 'seed-002', 'seed-003'],
    },
    {
      text: 'Continuez à bouger en douceur, par exemple en faisant de courtes promenades. Ne restez pas longtemps au lit, car cela peut aggraver la douleur.',
      sources: ['seed-001', 'seed-002', 'NG59'],
    },
    {
      text: 'Un antidouleur que l’on achète sans ordonnance, comme le paracétamol (acétaminophène) ou l’ibuprofène, peut soulager la douleur. Prenez-le comme indiqué sur la boîte.',
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
    {
      text: 'Certaines personnes doivent d’abord demander conseil à un pharmacien. Faites-le si vous êtes enceinte ou si vous prenez un médicament qui rend le sang plus fluide (anticoagulant). Faites-le aussi si vous avez de l’asthme, un ulcère à l’estomac, ou des problèmes de reins, de foie ou de cœur.',
      sources: ['NHS-IBU'],
    },
    {
      text: 'Buvez assez d’eau tout au long de la journée. Quand on manque d’eau, les crampes musculaires sont plus probables.',
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
  ],
  comeBackIf: [
    { text: 'l’un des signes d’alerte de ces questions apparaît\u00a0;', sources: ['seed-002', 'NHS-BP'] },
    { text: 'cela ne s’améliore pas après 48 à 72 heures de soins à la maison\u00a0;', sources: ['seed-001'] },
    { text: 'cela revient encore et encore, surtout au même endroit.', sources: ['seed-002', 'seed-004'] },
  ],
  disclaimer:
    'Cet outil donne des informations générales, pas un diagnostic. Il ne remplace pas un professionnel de santé. En cas de doute, appelez un professionnel de santé. En cas d’urgence, appelez le {emergency}.',
};
