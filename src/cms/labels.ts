import sq from '../../content/ui/sq.json';
import { qarkNames } from '../lib/qarks.ts';

/**
 * What an editor reads in the CMS, in Albanian: a label (and sometimes a hint) per field
 * name, and a label per choice of a list. The fields themselves come from the schemas
 * (`src/schemas/`); this file only names them. A field or choice without a label here
 * shows its code name, and a unit test fails.
 */

/** How the CMS shows one field. */
export interface FieldText {
  label: string;
  hint?: string;
  /** A list's word for one item, as in «Add burim». */
  singular?: string;
  /** Several lines of plain text rather than one. */
  multiline?: boolean;
  /** Markdown with a formatting toolbar. */
  markdown?: boolean;
  /** The error shown when the text does not have the required form. */
  patternMessage?: string;
}

/**
 * Labels by field name. A key `parent.name` wins over `name` where one name means two
 * things (`results.urgent` is a result text, `urgent` on a question is a yes/no).
 */
export const fieldTexts: Record<string, FieldText> = {
  // Shared
  sq: { label: 'Shqip' },
  en: { label: 'English (anglisht)' },
  title: { label: 'Titulli' },
  summary: { label: 'Përmbledhja', hint: 'Një ose dy fjali që dalin në lista dhe në kërkim.', multiline: true },
  description: { label: 'Përshkrimi', hint: 'Dy ose tri fjali të thjeshta.', multiline: true },
  body: { label: 'Teksti', markdown: true },
  name: { label: 'Emri' },
  audience: { label: 'Për kë është' },
  hours: { label: 'Orari', hint: 'Kur përgjigjen. Mos shkruaj atë që burimet nuk e thonë.' },
  updated: { label: 'Rishikuar më', hint: 'Dita kur teksti u rishikua për herë të fundit.' },
  lastVerified: { label: 'Kontrolluar më', hint: 'Dita kur i kontrollove këto fakte me burimet. Faqja e shfaq si «Kontrolluar më…».' },
  sources: { label: 'Burimet', singular: 'burim', hint: 'Ku i gjete faktet, që dikush t’i kontrollojë përsëri. Të paktën një.' },
  url: { label: 'Adresa (URL)', patternMessage: 'Shkruaj adresën e plotë, që fillon me https://' },
  date: { label: 'Data e burimit', hint: 'Si e jep burimi: «Korrik 2023», «2020», «pa datë».' },
  confidence: { label: 'Sa i sigurt është', hint: 'Shenjat e `albania-facts.md`.' },
  unverifiedNote: { label: 'Çfarë nuk është konfirmuar', hint: 'Thuaje qartë atë që burimet nuk e konfirmojnë.', multiline: true },
  hotlines: { label: 'Linjat', singular: 'linjë', hint: 'Linjat që duhen thirrur, më e mira e para.' },
  tel: {
    label: 'Numri për thirrje',
    hint: 'Pa hapësira: +355… për numrat e plotë, ose numri i shkurtër si 112.',
    patternMessage: 'Shkruaj numrin si +355691234567 (pa hapësira), ose një numër të shkurtër si 112',
  },
  number: { label: 'Numri siç lexohet', hint: 'Me hapësira, si e shkruajnë njerëzit: «116 117».' },
  order: { label: 'Radha', hint: 'Më i vogli del i pari.' },

  // Hotlines
  shortName: { label: 'Emri i shkurtër', hint: 'Dy ose tri fjalë për shiritin e linjave: «Policia», «Fëmijët».' },
  channels: { label: 'Si kontaktohet' },
  available24h: { label: 'Përgjigjet 24 orë, çdo ditë', hint: 'Vetëm nëse një burim e thotë.' },
  status: { label: 'A funksionon', hint: '«Konfirmuar» vetëm kur burimet thonë se përgjigjet sot.' },
  cost: { label: 'Kostoja e thirrjes' },
  answeredBy: { label: 'Kush përgjigjet' },
  scope: {
    label: 'Ku shërben',
    hint: '«national» për linjat në Shqipëri; për një shtet tjetër, kodi me dy shkronja: IT, GR, GB.',
    patternMessage: 'Shkruaj national, ose kodin e shtetit me dy shkronja të mëdha (IT, GB)',
  },

  // Services
  kinds: { label: 'Llojet e ndihmës' },
  qark: { label: 'Qarku' },
  city: { label: 'Qyteti' },
  serves: { label: 'Kë ndihmon' },
  contacts: { label: 'Kontaktet', singular: 'kontakt', hint: 'Vetëm kontakte që i konfirmon një burim i sotëm.' },
  display: { label: 'Numri siç lexohet' },
  address: {
    label: 'Adresa',
    hint: 'Kurrë për një strehë: adresa do t’i rrezikonte njerëzit brenda.',
  },
  'contacts.address': { label: 'Adresa e-mail', patternMessage: 'Shkruaj një adresë e-mail të vlefshme' },
  referVia: { label: 'Kontaktohet përmes linjave', singular: 'linjë', hint: 'Linjat që e lidhin personin me këtë shërbim, kur ai nuk ka telefon të konfirmuar.' },

  // Abroad
  country: { label: 'Shteti' },
  countryCode: { label: 'Kodi i shtetit', hint: 'Dy shkronja të mëdha: IT, GR, GB.', patternMessage: 'Dy shkronja të mëdha, p.sh. IT ose GB' },
  emergency: { label: 'Numri i urgjencës atje' },
  consulate: { label: 'Si ndihmon ambasada ose konsullata', multiline: true },

  // Settings
  siteName: { label: 'Emri i faqes' },
  tagline: { label: 'Nëntitulli' },
  primaryContacts: { label: 'Linjat në krye të çdo faqeje', singular: 'linjë', hint: 'Të paktën dy, me radhë. Linjat që dihet se funksionojnë vijnë të parat.' },
  quickExitUrl: { label: 'Adresa e «Dil shpejt»', hint: 'Një faqe e zakonshme, që nuk tregon asgjë për vizitorin. Duhet të fillojë me https://.' },

  // Guidance, guides, pages
  topic: { label: 'Tema' },
  indicatorGroups: { label: 'Shenjat, sipas grupeve', singular: 'grup' },
  heading: { label: 'Titulli i grupit' },
  indicators: { label: 'Shenjat', singular: 'shenjë' },
  text: { label: 'Teksti', multiline: true },
  element: { label: 'Elementi (ILO–KE)' },
  strength: { label: 'Sa e fortë është shenja' },
  do: { label: 'Çfarë të bësh', singular: 'hap' },
  dont: { label: 'Çfarë të mos bësh', singular: 'gabim' },
  referralSteps: { label: 'Hapat e referimit', singular: 'hap' },
  posterSigns: { label: 'Shenjat për posterin', singular: 'shenjë', hint: 'Tri deri në pesë.' },
  posterTarget: { label: 'Ku të çon kodi QR i posterit', hint: 'Faqja që hapet kur dikush skanon posterin.' },

  // Self-checks
  intro: { label: 'Hyrja', hint: 'Çfarë është kontrolli dhe që asgjë nuk ruhet.', multiline: true },
  rule: { label: 'Rregulli i rezultatit' },
  listIntro: { label: 'Hyrja e listës pa JavaScript', hint: '«Nëse ndonjë nga këto është e vërtetë për ty…»', multiline: true },
  questions: { label: 'Pyetjet', singular: 'pyetje', hint: 'Me radhën që pyeten. «Po» është gjithmonë shenja e rrezikut.' },
  id: {
    label: 'Kodi i pyetjes',
    hint: 'Shkronja të vogla, shifra dhe viza. Mos e ndrysho dhe mos e përdor për një pyetje tjetër.',
    patternMessage: 'Vetëm shkronja të vogla, shifra dhe viza',
  },
  help: { label: 'Shpjegim nën pyetje', multiline: true },
  showIf: { label: 'Shfaqe vetëm pas një përgjigjeje', hint: 'Lëre bosh që pyetja të dalë gjithmonë.' },
  question: { label: 'Kodi i pyetjes së mëparshme' },
  answer: { label: 'Përgjigjja' },
  urgent: { label: 'Rrezik tani', hint: '«Po» do të thotë rrezik i menjëhershëm: rezultati tregon së pari 112 dhe 129.' },
  sign: { label: 'Si e emërton rezultati këtë shenjë', hint: '«Të morën dokumentet».' },
  indicator: {
    label: 'Treguesi ILO–KE i përbashkët',
    hint: 'Vetëm kur dy pyetje pyesin për të njëjtin tregues (p.sh. «confinement»): numërohet një herë.',
    patternMessage: 'Vetëm shkronja të vogla, shifra dhe viza',
  },
  strengthIn: { label: 'Forca në grupet e tjera ILO–KE', hint: 'Vetëm aty ku ndryshon nga forca për të rriturit në punë. Shkruaj burimin në shënim.' },
  adultSexual: { label: 'Të rritur, shfrytëzim seksual' },
  childLabour: { label: 'Fëmijë, shfrytëzim në punë' },
  childSexual: { label: 'Fëmijë, shfrytëzim seksual', hint: 'Bosh: vlen forca për fëmijët në punë.' },
  sexual: { label: 'Shenjë shfrytëzimi seksual', hint: '«Po» këtu e vlerëson rezultatin me grupin ILO–KE të shfrytëzimit seksual.' },
  danger: {
    label: 'Paneli i rrezikut',
    hint: 'Del menjëherë kur një pyetje «Rrezik tani» merr «Po», me 112 dhe 129: çfarë të thotë personi kur telefonon.',
  },
  reasons: { label: 'Pse ka rëndësi çdo element', hint: 'Një rresht për çdo element që pyet kontrolli.' },
  'reasons.deceptiveRecruitment': { label: sq.element.deceptiveRecruitment.title },
  'reasons.coerciveRecruitment': { label: sq.element.coerciveRecruitment.title },
  'reasons.recruitmentByAbuseOfVulnerability': { label: sq.element.recruitmentByAbuseOfVulnerability.title },
  'reasons.exploitation': { label: sq.element.exploitation.title },
  'reasons.coercionAtDestination': { label: sq.element.coercionAtDestination.title },
  'reasons.abuseOfVulnerabilityAtDestination': { label: sq.element.abuseOfVulnerabilityAtDestination.title },
  results: { label: 'Tekstet e rezultatit' },
  'results.urgent': { label: 'Rrezik i menjëhershëm' },
  'results.strong': { label: 'Shenja të forta' },
  'results.some': { label: 'Disa shenja' },
  'results.none': { label: 'Asnjë shenjë' },
  'results.noneUnsure': {
    label: 'Asnjë shenjë, por me «Nuk e di»',
    hint: 'Del në vend të «Asnjë shenjë» kur disa përgjigje ishin «Nuk e di». Mos shkruaj që nuk ka shenja.',
  },

  // Stories
  kind: { label: 'Lloji' },
  consent: { label: 'Personi ka dhënë pëlqimin me shkrim', hint: 'Pa pëlqim, historia nuk botohet.' },
  anonymised: { label: 'Emrat dhe detajet janë ndryshuar', hint: 'Askush nuk duhet të njihet nga historia.' },
  published: { label: 'Botuar më' },
};

/** Labels for the entries a list can hold when it mixes kinds (`types` in Decap). */
export const typeLabels: Record<string, string> = {
  indicator: 'Pyetje për një shenjë',
  age: 'Pyetja për moshën',
  phone: 'Telefon',
  email: 'E-mail',
  web: 'Faqe interneti',
};

/** Choices whose labels the site already has in its Albanian UI strings. */
const fromSite: Record<string, Record<string, string>> = {
  kinds: sq.serviceKind,
  topic: sq.guidanceTopic,
  element: Object.fromEntries(Object.entries(sq.element).map(([key, value]) => [key, value.title])),
  cost: { free: sq.hotline.costFree, paid: sq.hotline.costPaid, unknown: sq.hotline.costUnknown },
  qark: { national: sq.services.national, ...qarkNames },
  answer: { yes: sq.selfCheck.yes, no: sq.selfCheck.no, unsure: sq.selfCheck.unsure },
};

/** Choices the site does not show in words, labelled for editors only. */
const forEditors: Record<string, Record<string, string>> = {
  status: { confirmed: 'Konfirmuar: funksionon', unconfirmed: 'Pa konfirmuar' },
  channels: { call: 'Thirrje', sms: 'SMS', chat: 'Chat', app: 'Aplikacion', web: 'Faqe interneti', email: 'E-mail' },
  strength: { strong: 'E fortë', medium: 'Mesatare', weak: 'E dobët' },
  // The same grades in the other ILO–EC sets (fields of `strengthIn`).
  adultSexual: { strong: 'E fortë', medium: 'Mesatare', weak: 'E dobët' },
  childLabour: { strong: 'E fortë', medium: 'Mesatare', weak: 'E dobët' },
  childSexual: { strong: 'E fortë', medium: 'Mesatare', weak: 'E dobët' },
  rule: {
    trafficking: 'Trafikim: rekrutim + shfrytëzim + detyrim (për të rriturit)',
    recruitment: 'Rekrutim: mjafton një shenjë rekrutimi (ofertat e punës)',
  },
  kind: { testimony: 'Dëshmi e rrëfyer', composite: 'Histori e përbërë nga raportet' },
  posterTarget: {
    jobOfferCheck: 'Kontrolli i ofertës së punës',
    mySituationCheck: 'Kontrolli i situatës sime',
    someoneElseCheck: 'Kontrolli për dikë tjetër',
    selfChecks: 'Faqja e vetëkontrolleve',
    help: 'Faqja e ndihmës',
  },
  confidence: {
    C2: 'C2 — konfirmuar nga dy burime',
    S1: 'S1 — një burim',
    OLD: 'OLD — burim i vjetër',
    SEC: 'SEC — burim dytësor',
    INF: 'INF — nxjerrë nga burimet',
    '?': '? — e paqartë',
  },
  audience: {
    // Guidance articles
    self: 'Vetë personi',
    family: 'Familja dhe miqtë',
    professional: 'Profesionistët',
    // Guides
    travel: 'Agjencitë e udhëtimit',
    health: 'Punonjësit e shëndetësisë',
    labourInspection: 'Inspektorët e punës',
    regionalCommittee: 'Komitetet rajonale antitrafik',
    teachers: 'Mësuesit',
    justice: 'Policia, prokurorët dhe gjyqtarët',
  },
};

/**
 * The Albanian label of one choice of a field, or the code itself when none is written.
 * @example optionLabel('qark', 'korce') // 'Korçë'
 */
export function optionLabel(field: string, value: string): string {
  return fromSite[field]?.[value] ?? forEditors[field]?.[value] ?? value;
}

/**
 * The label and hint of a field, by `parent.name` first, then by name.
 * @example fieldText('urgent', 'results') // { label: 'Rrezik i menjëhershëm' }
 */
export function fieldText(name: string, parent?: string): FieldText | undefined {
  return (parent ? fieldTexts[`${parent}.${name}`] : undefined) ?? fieldTexts[name];
}
