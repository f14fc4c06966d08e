// Loads the controlled vocabularies (taxonomies.json) into Term. Existing
// terms are left alone, so labels that staff edited survive a re-seed.
import type { Vocabulary } from "@/generated/prisma/client";
import { slugify } from "@/lib/taxonomy/keys";
import type { SeedDb } from "./types";
import taxonomies from "./data/taxonomies.json" with { type: "json" };

type Item = { key: string; lv: string; en: string; municipalities?: string[] };

const VOCABULARIES: [Vocabulary, Item[]][] = [
  ["STAGE", taxonomies.stages.items],
  ["STATUS", taxonomies.statuses.items],
  ["THEME", taxonomies.themes.items],
  ["TARGET_GROUP", taxonomies.targetGroups.items],
  ["ORGANISATION_TYPE", taxonomies.organisationTypes.items],
  ["ECOSYSTEM_ROLE", taxonomies.ecosystemRoles.items],
  ["SUPPORT_TYPE", taxonomies.supportTypes.items],
  ["RESOURCE_TYPE", taxonomies.resourceTypes.items],
  ["AUDIENCE", taxonomies.audiences.items],
  ["CONSULTATION_TOPIC", taxonomies.consultationTopics.items],
  ["CONSULTATION_FORMAT", taxonomies.consultationFormats.items],
  ["ASSESSMENT_SIF", taxonomies.assessmentCriteria.sif],
  ["ASSESSMENT_EAPN", taxonomies.assessmentCriteria.eapn],
  ["REGION", taxonomies.regions.items],
];

export type TermRow = {
  vocabulary: Vocabulary;
  key: string;
  labelLv: string;
  labelEn: string;
  position: number;
  parentKey: string | null;
};

export function vocabularyRows(): TermRow[] {
  const rows: TermRow[] = [];
  for (const [vocabulary, items] of VOCABULARIES) {
    items.forEach((item, position) =>
      rows.push({ vocabulary, key: item.key, labelLv: item.lv, labelEn: item.en, position, parentKey: null }),
    );
  }
  // Municipalities are names under their planning region; Latvian names are
  // used in English too, as is the convention for place names.
  let position = 0;
  for (const region of taxonomies.regions.items as Item[]) {
    for (const name of region.municipalities ?? []) {
      rows.push({
        vocabulary: "MUNICIPALITY",
        key: slugify(name),
        labelLv: name,
        labelEn: name,
        position: position++,
        parentKey: region.key,
      });
    }
  }
  return rows;
}

/** Municipality name (as the demo files write it) → Term key. */
export const municipalityKey = (name: string | null): string | null => (name ? slugify(name) : null);

export async function seedVocabularies(db: SeedDb): Promise<number> {
  const { count } = await db.term.createMany({ data: vocabularyRows(), skipDuplicates: true });
  return count;
}
