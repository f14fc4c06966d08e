// Where each vocabulary's keys are stored, so the vocabulary screen can show
// how many records use a term, refuse to delete one in use, and find the
// innovations whose search documents mention it. Records hold keys in plain
// String / String[] columns (no foreign keys), so this map is the only place
// that knows; a new column holding keys belongs here.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Vocabulary } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { enqueueInnovations } from "@/lib/search/sync";

/** What kind of record uses a key; labels are curationUsers.vocabularies.usage.* */
type UsageKind =
  | "innovations"
  | "organisations"
  | "programmes"
  | "calls"
  | "resources"
  | "consultations"
  | "slots"
  | "reports"
  | "municipalities";

type Source = { kind: UsageKind; table: string; column: string; array?: boolean; where?: string };

const scalar = (kind: UsageKind, table: string, column: string, where?: string): Source => ({
  kind,
  table,
  column,
  ...(where ? { where } : {}),
});
const array = (kind: UsageKind, table: string, column: string): Source => ({ kind, table, column, array: true });

const TERM_USAGE: Record<Vocabulary, Source[]> = {
  STAGE: [
    scalar("innovations", "Innovation", "stage"),
    array("organisations", "Organisation", "stagesCovered"),
    array("calls", "FundingCall", "stages"),
    array("resources", "Resource", "stages"),
    scalar("consultations", "ConsultationRequest", "stage"),
    array("reports", "SupporterReport", "stages"),
  ],
  STATUS: [scalar("innovations", "Innovation", "status")],
  THEME: [
    array("innovations", "Innovation", "themes"),
    array("programmes", "FundingProgramme", "themes"),
    array("calls", "FundingCall", "themes"),
    array("resources", "Resource", "themes"),
    scalar("consultations", "ConsultationRequest", "theme"),
    array("reports", "SupporterReport", "themes"),
  ],
  TARGET_GROUP: [array("innovations", "Innovation", "targetGroups"), array("calls", "FundingCall", "targetGroups")],
  ORGANISATION_TYPE: [
    scalar("organisations", "Organisation", "type"),
    array("calls", "FundingCall", "eligibleApplicantTypes"),
    scalar("consultations", "ConsultationRequest", "organisationType"),
  ],
  ECOSYSTEM_ROLE: [array("organisations", "Organisation", "roles")],
  SUPPORT_TYPE: [
    array("organisations", "Organisation", "supportTypes"),
    array("reports", "SupporterReport", "supportTypes"),
  ],
  RESOURCE_TYPE: [scalar("resources", "Resource", "type")],
  AUDIENCE: [array("resources", "Resource", "audiences")],
  CONSULTATION_TOPIC: [array("consultations", "ConsultationRequest", "topics")],
  CONSULTATION_FORMAT: [
    scalar("slots", "ConsultationSlot", "format"),
    scalar("consultations", "ConsultationRequest", "format"),
  ],
  ASSESSMENT_SIF: [scalar("innovations", "InnovationAssessment", "criterion", `"framework" = 'SIF'`)],
  ASSESSMENT_EAPN: [scalar("innovations", "InnovationAssessment", "criterion", `"framework" = 'EAPN'`)],
  REGION: [
    scalar("innovations", "Innovation", "region"),
    scalar("organisations", "Organisation", "region"),
    scalar("consultations", "ConsultationRequest", "region"),
    scalar("municipalities", "Term", "parentKey", `"vocabulary" = 'MUNICIPALITY'`),
  ],
  MUNICIPALITY: [
    scalar("innovations", "Innovation", "municipality"),
    scalar("organisations", "Organisation", "municipality"),
  ],
};

const ident = (name: string) => Prisma.raw(`"${name}"`);
const extra = (s: Source) => (s.where ? Prisma.raw(` AND ${s.where}`) : Prisma.empty);

/** Per source: { key, n } rows; an assessment counts its innovation once per criterion. */
function usageQuery(s: Source, key?: string): Prisma.Sql {
  const kind = Prisma.sql`${s.kind}::text`;
  if (s.array) {
    const filter = key === undefined ? Prisma.empty : Prisma.sql` AND ${key} = ANY(${ident(s.column)})`;
    return Prisma.sql`SELECT ${kind} AS kind, k AS key, count(*)::int AS n
      FROM ${ident(s.table)}, unnest(${ident(s.column)}) AS k WHERE true${filter}${extra(s)} GROUP BY k`;
  }
  const filter =
    key === undefined ? Prisma.sql`${ident(s.column)} IS NOT NULL` : Prisma.sql`${ident(s.column)} = ${key}`;
  return Prisma.sql`SELECT ${kind} AS kind, ${ident(s.column)} AS key, count(*)::int AS n
    FROM ${ident(s.table)} WHERE ${filter}${extra(s)} GROUP BY ${ident(s.column)}`;
}

type Row = { kind: UsageKind; key: string; n: number };
type Reader = Pick<Tx, "$queryRaw">;

export type Usage = Partial<Record<UsageKind, number>>;

/** Usage of every key of a vocabulary: key → { kind: count }. */
export async function vocabularyUsage(client: Reader, vocabulary: Vocabulary): Promise<Map<string, Usage>> {
  const parts = TERM_USAGE[vocabulary].map((s) => usageQuery(s));
  const rows = parts.length ? await client.$queryRaw<Row[]>`${Prisma.join(parts, " UNION ALL ")}` : [];
  const out = new Map<string, Usage>();
  for (const r of rows) {
    const usage = out.get(r.key) ?? {};
    usage[r.kind] = (usage[r.kind] ?? 0) + r.n;
    out.set(r.key, usage);
  }
  return out;
}

/** Usage of one key (indexed lookups where the columns have them). */
export async function termUsage(client: Reader, vocabulary: Vocabulary, key: string): Promise<Usage> {
  const parts = TERM_USAGE[vocabulary].map((s) => usageQuery(s, key));
  const rows = parts.length ? await client.$queryRaw<Row[]>`${Prisma.join(parts, " UNION ALL ")}` : [];
  const usage: Usage = {};
  for (const r of rows) usage[r.kind] = (usage[r.kind] ?? 0) + r.n;
  return usage;
}

export const usageTotal = (usage: Usage | undefined) => Object.values(usage ?? {}).reduce((a, b) => a + (b ?? 0), 0);

/** Innovations whose search document or page shows this key's label; null when the vocabulary is not on innovations. */
function innovationsUsing(vocabulary: Vocabulary, key: string): Prisma.Sql | null {
  switch (vocabulary) {
    case "STAGE":
      return Prisma.sql`SELECT "id" FROM "Innovation" WHERE "stage" = ${key}`;
    case "STATUS":
      return Prisma.sql`SELECT "id" FROM "Innovation" WHERE "status" = ${key}`;
    case "THEME":
      return Prisma.sql`SELECT "id" FROM "Innovation" WHERE ${key} = ANY("themes")`;
    case "TARGET_GROUP":
      return Prisma.sql`SELECT "id" FROM "Innovation" WHERE ${key} = ANY("targetGroups")`;
    case "REGION":
      return Prisma.sql`SELECT "id" FROM "Innovation" WHERE "region" = ${key}`;
    case "MUNICIPALITY":
      return Prisma.sql`SELECT "id" FROM "Innovation" WHERE "municipality" = ${key}`;
    case "ASSESSMENT_SIF":
    case "ASSESSMENT_EAPN":
      return Prisma.sql`SELECT "innovationId" AS "id" FROM "InnovationAssessment"
        WHERE "criterion" = ${key} AND "framework" = ${vocabulary === "ASSESSMENT_SIF" ? "SIF" : "EAPN"}::"AssessmentFramework"`;
    // The implementer-type facet comes from the implementing organisations' type.
    case "ORGANISATION_TYPE":
      return Prisma.sql`SELECT io."innovationId" AS "id" FROM "InnovationOrganisation" io
        JOIN "Organisation" o ON o."id" = io."organisationId"
        WHERE io."role" = 'IMPLEMENTER' AND o."type" = ${key}`;
    default:
      return null;
  }
}

/** Queues a search-index update for every innovation using the key, in the caller's transaction (lib/search/sync.ts). */
export async function enqueueInnovationsUsingTerm(tx: Tx, vocabulary: Vocabulary, key: string): Promise<number> {
  const using = innovationsUsing(vocabulary, key);
  if (!using) return 0;
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT DISTINCT u."id" FROM (${using}) u`;
  return enqueueInnovations(
    tx,
    rows.map((r) => r.id),
  );
}
