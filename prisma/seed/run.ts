import type { SeedDb } from "./types";
import { seedFunding, seedInnovations, seedOrganisations, seedResources, seedReview } from "./records";
import { seedDemoSlots } from "./slots";
import { seedDemoUsers } from "./users";
import { seedVocabularies } from "./vocabularies";

export type SeedReport = Record<string, number>;

/** Inserts whatever demo data is missing; a second run inserts nothing. */
export async function seed(db: SeedDb): Promise<SeedReport> {
  const report: SeedReport = {};
  report.terms = await seedVocabularies(db);
  report.organisations = await seedOrganisations(db);
  report.innovations = await seedInnovations(db);
  report.funding = await seedFunding(db);
  report.resources = await seedResources(db);
  report.reviews = await seedReview(db);
  report.users = await seedDemoUsers(db);
  report.slots = await seedDemoSlots(db);
  return report;
}
