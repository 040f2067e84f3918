/**
 * Albania's 12 qarks (counties) with their names as written in Albanian, plus `national`
 * for services that serve the whole country. Keys are ASCII so they can be ids and anchors.
 */
export const qarkNames = {
  berat: 'Berat',
  diber: 'Dibër',
  durres: 'Durrës',
  elbasan: 'Elbasan',
  fier: 'Fier',
  gjirokaster: 'Gjirokastër',
  korce: 'Korçë',
  kukes: 'Kukës',
  lezhe: 'Lezhë',
  shkoder: 'Shkodër',
  tirane: 'Tiranë',
  vlore: 'Vlorë',
} as const;

/** One of the 12 qarks. */
export type Qark = keyof typeof qarkNames;

/** The 12 qarks in alphabetical order. */
export const qarks = Object.keys(qarkNames) as Qark[];

/** Where a service works: one qark or the whole country. */
export const serviceAreas = ['national', ...qarks] as const;
