/*
 * The number a visitor should call for a medical emergency, by region (ISO 3166-1 alpha-2), and the
 * urgent line open day and night where one national line exists (CLINICAL.md, "Numbers"). Used only
 * when the site sets no emergency-number. Every number is cited: the source's key is next to it and
 * its address is in `numberSources`. A country no source gave a number for is left out, never
 * guessed: without a cited number the widget says 911, "or your local emergency number" (any mobile
 * phone also connects 112 and 911 to the local emergency service, 3GPP TS 22.101).
 * Where a country has separate police, fire and ambulance numbers, the table has the ambulance
 * (medical) one.
 */

/** Where each number comes from. */
export const numberSources = {
  /** European Commission: 112, "the single European emergency number ... to reach local medical, police or fire department services", in every EU country. */
  'EU-112': 'https://digital-strategy.ec.europa.eu/en/news/112-day-saving-lives-quickly-and-easily-reaching-emergency-services-anywhere-eu',
  /** Latvia's State Fire and Rescue Service: 112 "operates not only in the Member States of the European Union but also elsewhere - Islande, Norway, Liechtenstein, Switzerland, Monaco". */
  'LV-VUGD': 'https://vugd.gov.lv/en/single-emergency-call-number-112-europe',
  /** Android's emergency number database (eccdata.txt, revision 2): each number with its service (POLICE, AMBULANCE, FIRE). */
  AOSP: 'https://android.googlesource.com/platform/packages/services/Telephony/+/master/ecc/input/eccdata.txt',
  /** NHS South Western Ambulance Service: "call 999 for life-threatening emergencies"; "NHS 111 ... call 111 for advice and support 24 hours a day, seven days a week". */
  NHS: 'https://www.swast.nhs.uk/when-to-call-999',
  /** healthdirect (Australian Government): "If you are seriously sick or injured: Call an ambulance on triple zero (000)". */
  HEALTHDIRECT: 'https://www.healthdirect.gov.au/what-care-do-i-need',
  /** NSW Health: "call healthdirect on 1800 022 222 ... available 24 hours a day, 7 days a week". */
  'NSW-HEALTH': 'https://www.health.nsw.gov.au/winterwise/Pages/helping-others.aspx',
  /** Lakes District Health Board: "If you need urgent medical help, call 111 and ask for an ambulance." */
  'NZ-LAKES': 'https://www.lakesdhb.govt.nz/conditions-treatments/emergencies-and-first-aid/emergency-medical-help',
  /** New Zealand Ministry of Health: "The phone number for Healthline is 0800 611 116 ... 24 hours a day, 7 days a week". */
  'NZ-MOH': 'https://www.health.govt.nz/your-health/services-and-support/health-care-services/healthline/common-questions-about-healthline',
  /** Alertswiss (Federal Office for Civil Protection): "die landesweite Notrufnummer 144 ... bei allen medizinischen Notfällen". */
  ALERTSWISS: 'https://blog.alertswiss.ch/de/rubriken/vorsorge/notrufnummer-144-fuer-alle-medizinischen-notfaelle/',
  /** Santé Estrie (Québec health service): "Urgences-Santé 911 ... Dial 911 immediately if ... Someone needs an ambulance". */
  'CA-ESTRIE': 'https://www.santeestrie.qc.ca/en/care-services/general-services/emergency/urgence-911',
  /** Andina (Peru's state news agency): "En caso de una emergencia o urgencia médica, la población puede llamar a la línea gratuita 106 del ... SAMU". */
  'PE-ANDINA': 'https://andina.pe/agencia/noticia-en-casos-emergencia-medica-poblacion-puede-acudir-a-linea-gratuita-106-del-samu-633915.aspx',
  /** Senegal's national SAMU (interview with its director): "un numéro d'appel GRATUIT le 1515". */
  'SN-SAMU': 'https://www.ndarinfo.com/Soins-d-urgence-le-SAMU-de-Saint-Louis-une-reponse-adequate-video_a21429.html',
  /** Rwanda Broadcasting Agency: the SAMU ambulances are called on 912. */
  'RW-RBA': 'https://cbn.rw/article/236/samu-yashyize-imbangukiragutabara-mu-duce-two-muri-kigali-ziteguye-gutabara',
  /** Ndjoni Sango (Central African Republic): "1212- SAMU ... pour les urgences médicales graves"; 117 is the police. */
  'CF-NDJONI': 'https://ndjonisango.com/2025/05/14/rca-les-numeros-durgence-et-leur-utilite-dans-les-cas-dincidents-majeurs',
  /** Maghreb Emergent (Algeria): "la Protection civile algérienne au (1021) et (14)"; 1548 and 17 are the police. */
  'DZ-ME': 'https://www.maghrebemergent.com/algerie-les-4-numeros-durgence-indispensables-pour-un-voyage-sans-tracas/',
  /** Trek Medics International's ambulance database: "Dial 10177 or 112 to Call an Ambulance in South Africa" (112 from mobile phones). */
  'TREK-ZA': 'https://trekmedics.org/database/south_africa/',
  /** Trek Medics International's ambulance database: "Dial 141 or 15 to call an ambulance in Morocco"; "15 is the number of the Civil Protection / Fire Department". */
  'TREK-MA': 'https://trekmedics.org/database/morocco-2/',
} as const;

export type NumberSource = keyof typeof numberSources;

/*
 * One string per source: a number, then the regions whose number it is, then the next number.
 * Notes on what the sources say, where it matters:
 * - NO: 112 as in the rest of the EEA (CLINICAL.md); Android's list gives 113 as Norway's ambulance number.
 * - AR: Android's list has 911 (all services) and 107 (ambulance): 107. CO: 123, one number for all.
 *   CL: 131 ambulance (133 police, 132 fire). GT: 123 (fire and ambulance; 120 police). NI: 128
 *   ambulance. CU: 104 ambulance. BO: 118 ambulance. UY: 911 (all services; 105 is the ambulance of
 *   one provider). HT: 116 ambulance. CM: 119 ambulance. CI: 185 ambulance. ML, NE: 15 ambulance.
 *   BF, DJ: 18 (fire and ambulance). BI: 112 (all). VU: 112 ambulance. SC: 999 (all). TN: 190 ambulance.
 * - PE: Android's list says 110, but Peru's health ministry's SAMU answers 106: 106.
 * - SN, RW, CF: the national SAMU's number (1515, 912, 1212). Android's list has 15 (ambulance) for
 *   SN, 112 (police and ambulance) for RW, and 117 (all services; the police's, says CF-NDJONI) for CF.
 * - DZ: the Civil Protection, which carries the sick and injured (Android lists 1548, the police's line).
 * - MA: Trek Medics gives 141 (the health ministry's SAMU, not yet everywhere) or 15 (Civil Protection): 15.
 *   (Android's list has 150, for ambulance and fire.)
 * - ZA: 10177, the public ambulance number (Android lists only 112).
 * The countries left out (where Spanish or French is official) are in `leftOut`, below, with why.
 */
const cited: Readonly<Partial<Record<NumberSource, string>>> = {
  'EU-112': '112 AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE',
  'LV-VUGD': '112 IS LI NO MC',
  AOSP: '911 US MX PR HN SV CR PA DO VE EC PY UY 123 CO GT 128 NI 104 CU 118 BO 131 CL 107 AR 116 HT 18 BF DJ 112 BI VU 119 CM 185 CI 15 ML NE 999 SC 190 TN',
  NHS: '999 GB',
  HEALTHDIRECT: '000 AU',
  'NZ-LAKES': '111 NZ',
  ALERTSWISS: '144 CH',
  'CA-ESTRIE': '911 CA',
  'PE-ANDINA': '106 PE',
  'SN-SAMU': '1515 SN',
  'RW-RBA': '912 RW',
  'CF-NDJONI': '1212 CF',
  'DZ-ME': '14 DZ',
  'TREK-ZA': '10177 ZA',
  'TREK-MA': '15 MA',
};

/**
 * Countries the table must cover (CLINICAL.md, "Numbers": Spanish or French is official there) but
 * leaves out, for want of a cited medical number, and why. Their visitors get 911 with the words
 * "or your local emergency number".
 */
export const leftOut: Readonly<Record<string, string>> = {
  BJ: "Android's list has police and fire numbers only",
  GQ: "Android's list has police and fire numbers only",
  KM: "Android's list has police and fire numbers only",
  TD: "Android's list has police and fire numbers only",
  TG: "Android's list has police and fire numbers only",
  CD: "Android's list has a police number only",
  CG: "Android's list has a police number only",
  GA: 'the sources disagree',
  MG: 'the sources disagree',
  GN: "only Android's list names one (442020), which no other source confirms",
};

/** A number and the source that gives it. */
export interface CitedNumber {
  readonly number: string;
  readonly source: NumberSource;
}

/** The national lines open day and night, for the `urgent` result: only where one line answers everywhere. */
const urgent: Readonly<Record<string, CitedNumber>> = {
  GB: { number: '111', source: 'NHS' },
  AU: { number: '1800 022 222', source: 'NSW-HEALTH' },
  NZ: { number: '0800 611 116', source: 'NZ-MOH' },
};

let table: Map<string, CitedNumber> | undefined;

/** Every region with a cited emergency number (read from the strings above once). */
export function emergencyNumbers(): ReadonlyMap<string, CitedNumber> {
  if (!table) {
    table = new Map();
    for (const [source, list] of Object.entries(cited) as [NumberSource, string][]) {
      let number = '';
      for (const token of list.split(' ')) {
        if (/^\d/.test(token)) number = token;
        else if (token) table.set(token, { number, source });
      }
    }
  }
  return table;
}

/** Every region with a cited urgent line. */
export const urgentLines = (): ReadonlyMap<string, CitedNumber> => new Map(Object.entries(urgent));

export const DEFAULT_EMERGENCY_NUMBER = '911';

const key = (region: string | null): string => (region ?? '').toUpperCase();

/**
 * The emergency number for a region ("GB" gives 999). `guessed` is true when there is no region or
 * no cited number for it: then the number is 911, and the words say "or your local emergency number".
 */
export function emergencyNumber(region: string | null): { number: string; guessed: boolean } {
  const found = emergencyNumbers().get(key(region));
  return found ? { number: found.number, guessed: false } : { number: DEFAULT_EMERGENCY_NUMBER, guessed: true };
}

/** The emergency number alone, 911 without a cited one (see emergencyNumber). */
export const emergencyNumberFor = (region: string | null): string => emergencyNumber(region).number;

/** The region's national urgent line open day and night ("GB" gives 111), or null where there is none. */
export const urgentLine = (region: string | null): string | null => urgent[key(region)]?.number ?? null;

/** Whether the medicine is called acetaminophen where the visitor is (the US and Canada), not paracetamol. */
export const usesAcetaminophen = (region: string | null): boolean => /^(US|CA)$/.test(key(region));
