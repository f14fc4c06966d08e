// Stage, themes, region… are keys of staff-editable vocabularies and
// organisations/contacts are rows, so whether an innovation's references are
// valid is a database question, answered here on every write. A key the
// record already holds stays acceptable after its term was deactivated, so an
// old record can still be edited without losing it.
import "server-only";
import type { Vocabulary } from "@/generated/prisma/enums";
import type { Tx } from "./write";
import type { FieldErrors } from "@/lib/forms/state";
import type { InnovationData } from "./schema";

const E = (key: string) => `curationInnovations.errors.${key}`;

type Current = Partial<
  Pick<InnovationData, "stage" | "status" | "themes" | "targetGroups" | "region" | "municipality">
> & {
  criteria?: string[];
};

type Wanted = { field: string; vocabulary: Vocabulary; keys: string[]; error: string };

export async function checkInnovationReferences(
  data: InnovationData,
  tx: Tx,
  current: Current = {},
): Promise<FieldErrors | null> {
  const all: Wanted[] = [
    { field: "stage", vocabulary: "STAGE", keys: [data.stage], error: "stageInvalid" },
    { field: "status", vocabulary: "STATUS", keys: [data.status], error: "statusInvalid" },
    { field: "themes", vocabulary: "THEME", keys: data.themes, error: "themeInvalid" },
    { field: "targetGroups", vocabulary: "TARGET_GROUP", keys: data.targetGroups, error: "targetGroupInvalid" },
    { field: "region", vocabulary: "REGION", keys: data.region ? [data.region] : [], error: "regionInvalid" },
    {
      field: "municipality",
      vocabulary: "MUNICIPALITY",
      keys: data.municipality ? [data.municipality] : [],
      error: "municipalityInvalid",
    },
    ...data.assessments.map((a, i) => ({
      field: `assessments.${i}.criterion`,
      vocabulary: (a.framework === "SIF" ? "ASSESSMENT_SIF" : "ASSESSMENT_EAPN") as Vocabulary,
      keys: [a.criterion],
      error: "criterionInvalid",
    })),
  ];
  const wanted = all.filter((w) => w.keys.length > 0);

  const kept = new Set([
    ...(current.stage ? [`STAGE:${current.stage}`] : []),
    ...(current.status ? [`STATUS:${current.status}`] : []),
    ...(current.themes ?? []).map((k) => `THEME:${k}`),
    ...(current.targetGroups ?? []).map((k) => `TARGET_GROUP:${k}`),
    ...(current.region ? [`REGION:${current.region}`] : []),
    ...(current.municipality ? [`MUNICIPALITY:${current.municipality}`] : []),
    ...(current.criteria ?? []),
  ]);

  const [terms, organisations, contacts] = await Promise.all([
    tx.term.findMany({
      where: { OR: wanted.map((w) => ({ vocabulary: w.vocabulary, key: { in: w.keys } })) },
      select: { vocabulary: true, key: true, active: true, parentKey: true },
    }),
    data.organisations.length
      ? tx.organisation.findMany({
          where: { id: { in: data.organisations.map((o) => o.organisationId) } },
          select: { id: true },
        })
      : [],
    data.experts.length
      ? tx.contact.findMany({ where: { id: { in: data.experts.map((x) => x.contactId) } }, select: { id: true } })
      : [],
  ]);
  const known = new Map(terms.map((t) => [`${t.vocabulary}:${t.key}`, t]));
  const errors: Record<string, string[]> = {};
  for (const w of wanted) {
    const bad = w.keys.some((k) => {
      const id = `${w.vocabulary}:${k}`;
      const term = known.get(id);
      return !term || (!term.active && !kept.has(id));
    });
    if (bad) errors[w.field] = [E(w.error)];
  }
  if (data.municipality && data.region && !errors.municipality && !errors.region) {
    const parent = known.get(`MUNICIPALITY:${data.municipality}`)?.parentKey;
    if (parent && parent !== data.region) errors.municipality = [E("municipalityNotInRegion")];
  }
  const orgIds = new Set(organisations.map((o) => o.id));
  data.organisations.forEach((o, i) => {
    if (!orgIds.has(o.organisationId)) errors[`organisations.${i}.organisationId`] = [E("organisationInvalid")];
  });
  const contactIds = new Set(contacts.map((c) => c.id));
  data.experts.forEach((x, i) => {
    if (!contactIds.has(x.contactId)) errors[`experts.${i}.contactId`] = [E("contactInvalid")];
  });
  return Object.keys(errors).length ? errors : null;
}
