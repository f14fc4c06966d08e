// Innovations shaped as search documents for an external index: one flat
// record per published innovation, with every facet a top-level attribute
// named like the facet itself, and the same searchable text as the
// PostgreSQL engine's vectors: the record's own fields, then the names of its
// organisations (implementers, supporters, experts' organisations), its
// places and its theme and target-group labels, in both languages.
import type { createPrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/generated/prisma/client";
import type { SearchHit } from "./engine";

type DocumentDb = Pick<ReturnType<typeof createPrismaClient>, "innovation" | "term">;

export type SearchDocument = SearchHit & {
  problemLv: string | null;
  problemEn: string | null;
  solutionLv: string | null;
  solutionEn: string | null;
  noveltyLv: string | null;
  noveltyEn: string | null;
  impactLv: string | null;
  impactEn: string | null;
  resultsLv: string | null;
  resultsEn: string | null;
  transferabilityLv: string | null;
  transferabilityEn: string | null;
  implementerNames: string[];
  supporterNames: string[];
  expertOrganisationNames: string[];
  places: string[];
  themeLabels: string[];
  targetGroupLabels: string[];
  theme: string[];
  targetGroup: string[];
  implementerType: string[];
  supporter: string[];
  updatedAtTs: number;
  titleSortLv: string;
  titleSortEn: string;
};

const LATVIAN_LETTERS: Record<string, string> = {
  ā: "a~",
  č: "c~",
  ē: "e~",
  ģ: "g~",
  ī: "i~",
  ķ: "k~",
  ļ: "l~",
  ņ: "n~",
  š: "s~",
  ū: "u~",
  ž: "z~",
};

/**
 * A plain string whose codepoint order is Latvian alphabetical order: each
 * letter with a diacritic sorts right after its base letter (c < č < d), as
 * in PostgreSQL's lv ICU collation. Meilisearch sorts strings by codepoint.
 */
export function latvianSortKey(title: string): string {
  return [...title.normalize("NFC").toLowerCase()]
    .map((ch) => LATVIAN_LETTERS[ch] ?? ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""))
    .join("");
}

const select = {
  id: true,
  slug: true,
  titleLv: true,
  titleEn: true,
  summaryLv: true,
  summaryEn: true,
  problemLv: true,
  problemEn: true,
  solutionLv: true,
  solutionEn: true,
  noveltyLv: true,
  noveltyEn: true,
  impactLv: true,
  impactEn: true,
  resultsLv: true,
  resultsEn: true,
  transferabilityLv: true,
  transferabilityEn: true,
  municipality: true,
  stage: true,
  status: true,
  themes: true,
  targetGroups: true,
  region: true,
  country: true,
  startYear: true,
  updatedAt: true,
  publication: true,
  organisations: {
    select: { role: true, organisation: { select: { type: true, slug: true, nameLv: true, nameEn: true } } },
  },
  // experts are shown (and so searchable) only when they agreed to be
  experts: {
    where: { contact: { showPublicly: true } },
    select: { contact: { select: { organisation: { select: { nameLv: true, nameEn: true } } } } },
  },
} satisfies Prisma.InnovationSelect;

export type DocumentRow = Prisma.InnovationGetPayload<{ select: typeof select }>;
type Row = DocumentRow;

/** "VOCABULARY:key" → both labels, for the vocabularies a document shows. */
export type Labels = Map<string, string[]>;

async function loadLabels(db: DocumentDb): Promise<Labels> {
  const terms = await db.term.findMany({
    where: { vocabulary: { in: ["THEME", "TARGET_GROUP", "REGION", "MUNICIPALITY"] } },
    select: { vocabulary: true, key: true, labelLv: true, labelEn: true },
  });
  return new Map(terms.map((t) => [`${t.vocabulary}:${t.key}`, [t.labelLv, t.labelEn]]));
}

const names = (list: { nameLv: string; nameEn: string | null }[]) => [
  ...new Set(list.flatMap((o) => [o.nameLv, o.nameEn]).filter((n): n is string => Boolean(n))),
];

export function toDocument(r: Row, labels: Labels): SearchDocument {
  const orgs = (role: "IMPLEMENTER" | "SUPPORTER", pick: "type" | "slug") =>
    [...new Set(r.organisations.filter((o) => o.role === role).map((o) => o.organisation[pick]))].sort();
  const organisationsIn = (role: "IMPLEMENTER" | "SUPPORTER") =>
    names(r.organisations.filter((o) => o.role === role).map((o) => o.organisation));
  const label = (vocabulary: string, keys: (string | null)[]) => [
    ...new Set(keys.flatMap((k) => (k ? (labels.get(`${vocabulary}:${k}`) ?? []) : []))),
  ];
  return {
    id: r.id,
    slug: r.slug,
    titleLv: r.titleLv,
    titleEn: r.titleEn,
    summaryLv: r.summaryLv,
    summaryEn: r.summaryEn,
    problemLv: r.problemLv,
    problemEn: r.problemEn,
    solutionLv: r.solutionLv,
    solutionEn: r.solutionEn,
    noveltyLv: r.noveltyLv,
    noveltyEn: r.noveltyEn,
    impactLv: r.impactLv,
    impactEn: r.impactEn,
    resultsLv: r.resultsLv,
    resultsEn: r.resultsEn,
    transferabilityLv: r.transferabilityLv,
    transferabilityEn: r.transferabilityEn,
    implementerNames: organisationsIn("IMPLEMENTER"),
    supporterNames: organisationsIn("SUPPORTER"),
    expertOrganisationNames: names(r.experts.flatMap((e) => (e.contact.organisation ? [e.contact.organisation] : []))),
    places: [...label("REGION", [r.region]), ...label("MUNICIPALITY", [r.municipality])],
    themeLabels: label("THEME", r.themes),
    targetGroupLabels: label("TARGET_GROUP", r.targetGroups),
    stage: r.stage,
    status: r.status,
    themes: r.themes,
    targetGroups: r.targetGroups,
    region: r.region,
    country: r.country,
    startYear: r.startYear,
    updatedAt: r.updatedAt.toISOString(),
    theme: r.themes,
    targetGroup: r.targetGroups,
    implementerType: orgs("IMPLEMENTER", "type"),
    supporter: orgs("SUPPORTER", "slug"),
    updatedAtTs: r.updatedAt.getTime(),
    titleSortLv: latvianSortKey(r.titleLv),
    titleSortEn: latvianSortKey(r.titleEn ?? r.titleLv),
  };
}

/** Documents of these ids that are published, and the ids to delete (unpublished or gone). */
export async function loadDocuments(
  db: DocumentDb,
  ids: string[],
): Promise<{ upsert: SearchDocument[]; remove: string[] }> {
  const [rows, labels] = await Promise.all([
    db.innovation.findMany({ where: { id: { in: ids } }, select }),
    loadLabels(db),
  ]);
  const published = rows.filter((r) => r.publication === "PUBLISHED");
  const keep = new Set(published.map((r) => r.id));
  return { upsert: published.map((r) => toDocument(r, labels)), remove: ids.filter((id) => !keep.has(id)) };
}

/** Every published document, in batches (keeps memory flat on a large corpus). */
export async function* allDocuments(db: DocumentDb, batchSize = 1000): AsyncGenerator<SearchDocument[]> {
  const labels = await loadLabels(db);
  let cursor: string | undefined;
  for (;;) {
    const rows: Row[] = await db.innovation.findMany({
      where: { publication: "PUBLISHED" },
      select,
      orderBy: { id: "asc" },
      take: batchSize,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (rows.length === 0) return;
    yield rows.map((r) => toDocument(r, labels));
    cursor = rows[rows.length - 1]!.id;
  }
}
