// A review's figures: computed live for a draft or the current year, and
// frozen as this JSON when the review is published, so later edits to records
// never change a published review. The JSON carries its schema version; a
// reader meets only versions it knows (parseSnapshot), and a future change
// of shape adds a version with its own reader rather than rewriting old ones.
//
// Not "server-only": the seed freezes the 2025 review with the same code.
import { z } from "zod";
import type { Db, Tx } from "@/lib/db";
import { readAll } from "@/lib/db-parallel";
import { labelCoverage, loadCoverage } from "@/lib/ecosystem/coverage";
import { innovationFigures } from "./figures/innovations";
import { supportFigures } from "./figures/support";
import { loadTerms } from "./figures/terms";
import { parseList, ZChallenges, ZDatasets } from "./schema";

const SNAPSHOT_VERSION = 1;

const ZLabelled = z.object({ key: z.string(), labelLv: z.string(), labelEn: z.string() });
const ZNamed = z.object({ id: z.string(), slug: z.string(), nameLv: z.string(), nameEn: z.string().nullable() });
const ZIds = z.array(z.string());

const ZSnapshotV1 = z.object({
  schemaVersion: z.literal(1),
  year: z.number().int(),
  /** When the figures were taken (ISO): the publication, or now for live figures. */
  takenAt: z.string(),
  innovations: z.object({
    total: z.number(),
    started: z.number(),
    added: z.number(),
    movedLater: z.number().nullable(),
    stageHistorySince: z.string().nullable(),
  }),
  support: z.object({
    reportsAccepted: z.number(),
    innovationsSupported: z.number(),
    grantedEur: z.number(),
    lentEur: z.number(),
    sikcConsultations: z.number(),
    callsOpen: z.number(),
    callsBudgetEur: z.number(),
    callsWithoutBudget: z.number(),
  }),
  /** Figures computed from the portal's records. */
  datasets: ZDatasets,
  /** Datasets imported from source documents, as they stood at publication. */
  importedDatasets: ZDatasets,
  coverage: z.object({
    stages: z.array(ZLabelled),
    supportTypes: z.array(ZLabelled),
    cells: z.array(z.object({ stage: z.string(), supportType: z.string(), organisationIds: ZIds, callIds: ZIds })),
    unstated: z.array(z.object({ supportType: z.string(), organisationIds: ZIds, callIds: ZIds })),
    organisations: z.array(ZNamed),
    calls: z.array(ZNamed),
  }),
  /** Each priority challenge's innovations (by challenge id), with their titles as published. */
  challengeInnovations: z.record(
    z.string(),
    z.array(z.object({ id: z.string(), slug: z.string(), titleLv: z.string(), titleEn: z.string().nullable() })),
  ),
});
export type ReviewFigures = z.infer<typeof ZSnapshotV1>;

/** A stored snapshot, or null when there is none; an unknown version is an error worth a log line. */
export function parseSnapshot(value: unknown): ReviewFigures | null {
  if (value === null || value === undefined) return null;
  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (version !== SNAPSHOT_VERSION) throw new Error(`review snapshot: unknown schema version ${String(version)}`);
  return ZSnapshotV1.parse(value);
}

/** Published innovations among `ids`, as a challenge links them (id, address and titles). */
export function linkedInnovations(client: Db | Tx, ids: string[]) {
  return client.innovation.findMany({
    where: { id: { in: ids }, publication: "PUBLISHED" },
    select: { id: true, slug: true, titleLv: true, titleEn: true },
  });
}

type ReviewSource = { year: number; datasets: unknown; challenges: unknown };

/**
 * Every figure of the review for `review.year`, read through `client` (the
 * publishing transaction, so one consistent view of the records).
 */
export async function computeFigures(client: Db | Tx, review: ReviewSource, now = new Date()): Promise<ReviewFigures> {
  const { year } = review;
  const terms = await loadTerms(client, [
    "STAGE",
    "THEME",
    "TARGET_GROUP",
    "REGION",
    "SUPPORT_TYPE",
    "CONSULTATION_TOPIC",
  ]);
  const challenges = parseList(ZChallenges.element, review.challenges);
  const wanted = [...new Set(challenges.flatMap((c) => c.innovationIds))];
  const innovations = await innovationFigures(client, year, terms);
  const support = await supportFigures(client, year, terms);
  const coverage = await loadCoverage(client, { year }, now);
  const [linked, organisations, calls] = await readAll(client, [
    () => linkedInnovations(client, wanted),
    () =>
      client.organisation.findMany({
        where: { id: { in: coverage.organisationIds } },
        select: { id: true, slug: true, nameLv: true, nameEn: true },
        orderBy: { nameLv: "asc" },
      }),
    () =>
      client.fundingCall.findMany({
        where: { id: { in: coverage.callIds } },
        select: { id: true, slug: true, titleLv: true, titleEn: true },
        orderBy: { titleLv: "asc" },
      }),
  ]);
  const byId = new Map(linked.map((i) => [i.id, i]));
  return {
    schemaVersion: SNAPSHOT_VERSION,
    year,
    takenAt: now.toISOString(),
    innovations: innovations.headline,
    support: support.headline,
    datasets: [...innovations.datasets, ...support.datasets],
    importedDatasets: parseList(ZDatasets.element, review.datasets),
    coverage: {
      ...labelCoverage(coverage, [...terms.STAGE, ...terms.SUPPORT_TYPE]),
      organisations,
      calls: calls.map((c) => ({ id: c.id, slug: c.slug, nameLv: c.titleLv, nameEn: c.titleEn })),
    },
    challengeInnovations: Object.fromEntries(
      challenges.map((c) => [c.id, c.innovationIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))]),
    ),
  };
}
