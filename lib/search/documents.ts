// Innovations shaped as search documents for an external index: one flat
// record per published innovation, with every facet a top-level attribute
// named like the facet itself.
import type { createPrismaClient } from "@/lib/db-client";
import type { Prisma } from "@/generated/prisma/client";
import type { SearchHit } from "./engine";

type DocumentDb = Pick<ReturnType<typeof createPrismaClient>, "innovation">;

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
  stage: true,
  status: true,
  themes: true,
  targetGroups: true,
  region: true,
  country: true,
  startYear: true,
  updatedAt: true,
  publication: true,
  organisations: { select: { role: true, organisation: { select: { type: true, slug: true } } } },
} satisfies Prisma.InnovationSelect;

type Row = Prisma.InnovationGetPayload<{ select: typeof select }>;

function toDocument(r: Row): SearchDocument {
  const orgs = (role: "IMPLEMENTER" | "SUPPORTER", pick: "type" | "slug") =>
    [...new Set(r.organisations.filter((o) => o.role === role).map((o) => o.organisation[pick]))].sort();
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
  const rows: Row[] = await db.innovation.findMany({ where: { id: { in: ids } }, select });
  const published = rows.filter((r) => r.publication === "PUBLISHED");
  const keep = new Set(published.map((r) => r.id));
  return { upsert: published.map(toDocument), remove: ids.filter((id) => !keep.has(id)) };
}

/** Every published document, in batches (keeps memory flat on a large corpus). */
export async function* allDocuments(db: DocumentDb, batchSize = 1000): AsyncGenerator<SearchDocument[]> {
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
    yield rows.map(toDocument);
    cursor = rows[rows.length - 1]!.id;
  }
}
