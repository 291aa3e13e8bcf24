import type { ChecklistContent } from '../checklist-types.js';

/*
 * French wording of <prevention-checklist>: the same habits, advice and sources as the English.
 * \u00a0 is a no-break space before ? ! : ; and inside « », as in the checker's wording.
 * Plurals follow Intl.PluralRules for "fr": "one" (0 and 1), "many" (a million and up:
 * "1 000 000 de jours") and "other".
 */
export const checklist: ChecklistContent = {
  heading: 'Évitez le prochain spasme',
  intro:
    'Cochez les habitudes que vous avez suivies aujourd’hui. Les coches s’effacent à minuit, et votre série s’allonge chaque jour où vous en cochez au moins une.',
  categories: {
    posture: 'Posture et ergonomie',
    movement: 'Mouvement et exercice',
    lifting: 'Soulever des charges sans danger',
    nutrition: 'Eau et alimentation',
    weight: 'Poids',
    'stress-sleep': 'Stress et sommeil',
    footwear: 'Chaussures',
    smoking: 'Tabac',
  },
  items: {
    'sit-supported': {
      label: 'Asseyez-vous avec le bas du dos soutenu et les pieds à plat sur le sol',
      why: 'Rester longtemps assis sans soutien pour le bas du dos fatigue les muscles du dos et rend un spasme plus probable. Gardez les genoux à peu près à la hauteur des hanches.',
      sources: ['seed-000', 'seed-001', 'seed-002'],
    },
    'stand-tall': {
      label: 'Tenez-vous droit debout et en marchant, sans vous voûter',
      why: 'Une bonne posture répartit la charge le long de la colonne vertébrale, pour que les muscles du dos ne forcent pas toute la journée.',
      sources: ['seed-000', 'seed-002', 'seed-003', 'seed-004'],
    },
    workstation: {
      label: 'Installez votre bureau ou votre poste de travail pour ne pas avoir à vous voûter ni à vous tordre',
      why: 'Travailler longtemps dans une position inconfortable, par exemple devant un ordinateur, peut déclencher des spasmes du dos. Une chaise et un bureau qui vous conviennent vous aident à bien vous asseoir.',
      sources: ['seed-001', 'seed-003', 'seed-004'],
    },
    'core-exercise': {
      label: 'Faites quelques exercices de gainage, comme la planche, le pont ou le «\u00a0bird dog\u00a0»',
      why: 'Des muscles du ventre et du dos solides maintiennent la colonne stable et soulagent le dos. Quand ces muscles sont faibles, les spasmes sont plus probables.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    },
    stretch: {
      label: 'Étirez-vous avant et après le sport ou une autre activité physique',
      why: 'Les étirements gardent le dos et les hanches souples, et détendent les muscles qui ont tendance à faire des crampes. Arrêtez tout étirement qui provoque une douleur vive.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    },
    'walk-swim': {
      label: 'Allez marcher ou nager, ou faites une autre activité douce',
      why: 'Une activité douce, sans chocs, améliore l’endurance et la circulation du sang dans les muscles, sans secouer la colonne.',
      sources: ['seed-001', 'seed-002', 'seed-003'],
    },
    'sitting-breaks': {
      label: 'Si vous restez longtemps assis, levez-vous et bougez toutes les 30 minutes',
      why: 'Rester assis pendant des heures fait forcer le dos et l’affaiblit. Faire une courte pause pour vous lever, bouger et vous étirer aide votre dos.',
      sources: ['seed-000', 'seed-002', 'seed-004'],
    },
    'stay-active': {
      label: 'Continuez à bouger pendant la journée et évitez de rester longtemps au lit',
      why: 'Passer trop de temps allongé ou assis affaiblit le dos. Poursuivre vos activités habituelles aide votre dos à rester fort.',
      sources: ['seed-002', 'seed-004', 'NG59'],
    },
    'lift-with-legs': {
      label: 'Pour soulever une charge, pliez les genoux et les hanches en gardant le dos droit',
      why: 'Soulever une charge le dos penché ou tourné, au lieu d’utiliser les muscles des jambes, plus forts, est l’une des causes les plus fréquentes des spasmes du dos.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    },
    'load-close': {
      label: 'Gardez la charge près du corps et évitez de vous tourner en la soulevant',
      why: 'Une charge tenue loin du corps, ou une torsion brusque, fait forcer les muscles et les ligaments du dos.',
      sources: ['seed-001', 'seed-004'],
    },
    water: {
      label: 'Buvez assez d’eau tout au long de la journée',
      why: 'Quand votre corps manque de liquide, les muscles font plus facilement des crampes, y compris ceux du dos.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'],
    },
    magnesium: {
      label: 'Mangez des aliments qui apportent du magnésium, comme des légumes à feuilles vertes, des légumes secs, des céréales complètes ou des fruits à coque',
      why: 'Les muscles ont besoin de magnésium pour se contracter et se relâcher normalement\u00a0; en manquer peut donner des crampes.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    },
    potassium: {
      label: 'Mangez des aliments qui apportent du potassium, comme des bananes, des avocats, des légumes secs ou du poisson',
      why: 'Le potassium aide aussi les muscles à fonctionner normalement, et quand son taux est bas, ils peuvent se contracter sans prévenir.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    },
    calcium: {
      label: 'Mangez des aliments qui apportent du calcium, comme des yaourts, des légumes à feuilles vertes ou du tofu',
      why: 'Le calcium aide les muscles à se contracter et à se relâcher, et il garde solides les os de la colonne vertébrale.',
      sources: ['seed-001', 'seed-002', 'seed-003', 'seed-004'],
    },
    'healthy-weight': {
      label: 'Faites un pas vers un poids sain pour vous',
      why: 'Les kilos en trop surchargent les muscles et les articulations du bas du dos.',
      sources: ['seed-000', 'seed-001', 'seed-002', 'seed-004'],
    },
    relax: {
      label: 'Prenez quelques minutes pour vous détendre\u00a0: respiration lente et profonde, méditation ou pleine conscience',
      why: 'Le stress contracte les muscles sans que vous le remarquiez, et cette tension permanente peut finir en spasme.',
      sources: ['seed-001', 'seed-002', 'seed-003'],
    },
    sleep: {
      label: 'Accordez-vous le temps d’une bonne nuit de sommeil',
      why: 'Un mauvais sommeil peut aggraver les tensions musculaires et la douleur. Un matelas et un oreiller qui vous soutiennent aident à garder la colonne bien alignée.',
      sources: ['seed-003'],
    },
    'supportive-shoes': {
      label: 'Portez des chaussures à talons bas qui maintiennent bien le pied',
      why: 'Des chaussures à talons bas qui maintiennent bien le pied vous aident à vous tenir en équilibre et évitent de surcharger le bas du dos.',
      sources: ['seed-002', 'seed-004'],
    },
    'smoke-free': {
      label: 'Passez la journée sans fumer',
      why: 'La nicotine réduit l’arrivée de sang vers les disques de la colonne vertébrale, ce qui peut les user plus vite et augmenter le risque de problèmes de dos.',
      sources: ['seed-001'],
    },
  },
  ui: {
    customCategory: 'Les conseils de votre clinique',
    // "faites" would not agree with a count of 1 or 0, so the sentence is built around the verb.
    progress: 'Vous en avez fait {done} sur {total} aujourd’hui',
    allDone: 'Tout est fait pour aujourd’hui. Bravo\u00a0!',
    allDoneLabel: 'Tout est fait',
    allDoneText:
      'Vous avez coché toutes les habitudes de votre liste aujourd’hui. Bravo\u00a0! Revenez demain pour continuer votre série.',
    streakHeading: 'Votre série',
    streak: {
      one: '{count} jour d’affilée avec au moins une habitude',
      many: '{count} de jours d’affilée avec au moins une habitude',
      other: '{count} jours d’affilée avec au moins une habitude',
    },
    streakNone: 'Pas encore de série. Cochez une habitude pour en commencer une.',
    historyHeading: '7 derniers jours',
    historyDay: {
      one: '{day}\u00a0: {count} habitude faite',
      many: '{day}\u00a0: {count} d’habitudes faites',
      other: '{day}\u00a0: {count} habitudes faites',
    },
    historyDayNone: '{day}\u00a0: rien de coché',
    historyCount: { one: '{count} faite', many: '{count} faites', other: '{count} faites' },
    today: 'aujourd’hui',
    why: 'Pourquoi ça aide',
    sources: 'Sources',
    print: 'Imprimer une liste sur papier',
    newDay: 'Une nouvelle journée a commencé. Vos coches ont été effacées.',
    savedLocally: 'Vos coches sont enregistrées sur cet appareil uniquement.',
    memoryOnly:
      'Vos coches ne peuvent pas être enregistrées sur cet appareil\u00a0: elles seront perdues quand vous quitterez la page.',
  },
  // As Intl.DateTimeFormat writes them for "fr" (see ChecklistDates).
  dates: {
    weekdaysShort: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
    weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    longDate: '{weekday} {day} {month}',
  },
  disclaimer:
    'Informations générales, pas un avis médical. Si votre mal de dos est intense, s’aggrave ou s’accompagne d’autres symptômes, parlez-en à un professionnel de santé.',
};
