// Whether an organisation's vocabulary keys exist in Term (staff-editable
// lists). A key the record already holds stays acceptable after its term was
// deactivated, so an old record can still be edited.
import "server-only";
import type { Vocabulary } from "@/generated/prisma/enums";
import { E } from "@/lib/admin/fields";
import type { FieldErrors } from "@/lib/admin/form-state";
import type { Tx } from "@/lib/db";
import type { OrganisationData } from "./schema";

type Keys = Pick<OrganisationData, "type" | "roles" | "supportTypes" | "stagesCovered" | "region" | "municipality">;

const ORGANISATION_VOCABULARIES: Record<keyof Keys, Vocabulary> = {
  type: "ORGANISATION_TYPE",
  roles: "ECOSYSTEM_ROLE",
  supportTypes: "SUPPORT_TYPE",
  stagesCovered: "STAGE",
  region: "REGION",
  municipality: "MUNICIPALITY",
};

const keysOf = (value: string | string[] | null | undefined) =>
  value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];

export async function checkOrganisationTerms(
  tx: Tx,
  data: Keys,
  current: Partial<Keys> = {},
): Promise<FieldErrors | null> {
  const fields = Object.keys(ORGANISATION_VOCABULARIES) as (keyof Keys)[];
  const wanted = fields
    .map((field) => ({ field, vocabulary: ORGANISATION_VOCABULARIES[field], keys: keysOf(data[field]) }))
    .filter((w) => w.keys.length > 0);
  if (wanted.length === 0) return null;
  const found = await tx.term.findMany({
    where: { OR: wanted.map((w) => ({ vocabulary: w.vocabulary, key: { in: w.keys } })) },
    select: { vocabulary: true, key: true, active: true },
  });
  const known = new Map(found.map((t) => [`${t.vocabulary}:${t.key}`, t.active]));
  const errors: Record<string, string[]> = {};
  for (const w of wanted) {
    const kept = new Set(keysOf(current[w.field]));
    if (w.keys.some((k) => !kept.has(k) && known.get(`${w.vocabulary}:${k}`) !== true))
      errors[w.field] = [E("invalidChoice")];
  }
  return Object.keys(errors).length ? errors : null;
}
