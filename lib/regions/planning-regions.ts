// Latvia's five planning regions as data: which border which, and how far a
// place is from a person's region in the sense the support navigator and the
// regional view use ("in or near your region"). Keys are Term REGION keys.

export const PLANNING_REGIONS = ["kurzeme", "riga", "zemgale", "vidzeme", "latgale"] as const;
export type PlanningRegion = (typeof PLANNING_REGIONS)[number];

/** Region keys that are not one planning region. */
export const NATIONWIDE = "national";
export const ABROAD = "abroad";

/**
 * Planning regions that share a land border, read from the municipalities on
 * each side of the line after the 2021 administrative-territorial reform (the
 * lists in prisma/seed/data/taxonomies.json): Talsi and Kuldīga border Tukums
 * (Kurzeme–Rīga); Saldus borders Dobele (Kurzeme–Zemgale); Jelgava, Bauska and
 * Aizkraukle border Mārupe, Ķekava and Ogre (Zemgale–Rīga); Aizkraukle and
 * Jēkabpils border Madona (Zemgale–Vidzeme); Jēkabpils borders Līvāni and
 * Augšdaugava (Zemgale–Latgale); Sigulda, Ropaži and Ogre border Cēsis,
 * Limbaži and Madona (Rīga–Vidzeme); Madona, Gulbene and Alūksne border
 * Varakļāni and Balvi (Vidzeme–Latgale). Latgale touches neither Rīga nor
 * Kurzeme, and Kurzeme does not touch Vidzeme. The relation is symmetric
 * (tests/unit/planning-regions.test.ts checks it).
 */
export const NEIGHBOURS: Record<PlanningRegion, readonly PlanningRegion[]> = {
  kurzeme: ["riga", "zemgale"],
  riga: ["kurzeme", "zemgale", "vidzeme"],
  zemgale: ["kurzeme", "riga", "vidzeme", "latgale"],
  vidzeme: ["riga", "zemgale", "latgale"],
  latgale: ["zemgale", "vidzeme"],
};

export function isPlanningRegion(key: string | null | undefined): key is PlanningRegion {
  return (PLANNING_REGIONS as readonly (string | null | undefined)[]).includes(key);
}

/** 0 same region, 1 nationwide, 2 a neighbouring region, 3 elsewhere in Latvia, 4 abroad. */
export type Distance = 0 | 1 | 2 | 3 | 4;

/**
 * How near support located in `place` is to a person in `home`. Without a home
 * region every place is as near as any other (0). Support that works nationwide
 * (or does not say where it works) reaches every region, just less locally
 * than support in the region itself.
 */
export function regionDistance(home: string | null | undefined, place: string | null | undefined): Distance {
  if (!home) return 0;
  if (place === ABROAD) return 4;
  if (place === home) return 0;
  if (!place || place === NATIONWIDE) return home === NATIONWIDE ? 0 : 1;
  if (!isPlanningRegion(home)) return 1;
  if (!isPlanningRegion(place)) return 3;
  return NEIGHBOURS[home].includes(place) ? 2 : 3;
}
