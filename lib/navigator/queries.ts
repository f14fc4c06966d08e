// Reads of the support navigator: the vocabularies its questions offer, and
// the candidates its rules (rules.ts) filter and rank. Only published records
// leave the database. Calls, supporters and toolkit items are curated lists
// (tens to hundreds): every record that can pass the eligibility rules is
// read, up to a cap no real list reaches. Innovations may be a hundred
// thousand: the database orders them by the rules' own points and distance
// and hands over the best few hundred.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Vocabulary } from "@/generated/prisma/enums";
import { cachedRead } from "@/lib/cache/public-data";
import { db } from "@/lib/db";
import { getCurrentCalls, type CallCard } from "@/lib/funding/public-queries";
import { localized } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/routing";
import { ABROAD, isPlanningRegion, NATIONWIDE, NEIGHBOURS, PLANNING_REGIONS } from "@/lib/regions/planning-regions";
import type { AnswerVocabulary, Answers } from "./answers";
import { rankCalls } from "./calls";
import { rankInnovations } from "./innovations";
import { rankOrganisations } from "./organisations";
import { consultationTopic, POINTS, sectionOrder, type Match, type Section } from "./rules";
import { rankResources } from "./toolkit";

const VOCABULARIES = [
  "ORGANISATION_TYPE",
  "STAGE",
  "THEME",
  "TARGET_GROUP",
  "REGION",
  "MUNICIPALITY",
  "SUPPORT_TYPE",
  "RESOURCE_TYPE",
  "AUDIENCE",
  "CONSULTATION_TOPIC",
] as const satisfies readonly Vocabulary[];
export type NavigatorVocabulary = (typeof VOCABULARIES)[number];

export type NavigatorTerm = {
  vocabulary: NavigatorVocabulary;
  key: string;
  labelLv: string;
  labelEn: string;
  parentKey: string | null;
  active: boolean;
};

async function loadNavigatorTerms(): Promise<NavigatorTerm[]> {
  return db.term.findMany({
    where: { vocabulary: { in: [...VOCABULARIES] } },
    orderBy: [{ position: "asc" }, { labelLv: "asc" }],
    select: { vocabulary: true, key: true, labelLv: true, labelEn: true, parentKey: true, active: true },
  }) as Promise<NavigatorTerm[]>;
}

// Labels change only when staff edit a vocabulary.
export const getNavigatorTerms = cachedRead("navigator-terms", ["terms"], loadNavigatorTerms);

/** What each question accepts: the active terms (a retired term is no longer an answer). */
export function answerVocabulary(terms: NavigatorTerm[]): AnswerVocabulary {
  const keys = (v: NavigatorVocabulary) =>
    new Set(terms.filter((t) => t.vocabulary === v && t.active).map((t) => t.key));
  const regions = keys("REGION");
  return {
    who: keys("ORGANISATION_TYPE"),
    stage: keys("STAGE"),
    theme: keys("THEME"),
    group: keys("TARGET_GROUP"),
    regions: new Set([...PLANNING_REGIONS, NATIONWIDE].filter((r) => regions.has(r))),
    municipalities: new Map(
      terms.filter((t) => t.vocabulary === "MUNICIPALITY" && t.active && t.parentKey).map((t) => [t.key, t.parentKey!]),
    ),
  };
}

/** The stage keys in path order (problem → systemic). */
const stageOrder = (terms: NavigatorTerm[]) => terms.filter((t) => t.vocabulary === "STAGE").map((t) => t.key);

// ─── Candidates ─────────────────────────────────────────────────────────────

/** Far above any curated list; only bounds the work a broken data set could cause. */
const CAP = 2000;
/** Innovation candidates: the best by points and distance, far more than the page shows. */
const INNOVATION_CAP = 300;

type NavigatorCall = CallCard & { funderRegion: string | null; funderMunicipality: string | null };

/** The calls that have not closed (calls.callIsCurrent has the last word, on the Riga clock). */
async function callCandidates(now: Date): Promise<NavigatorCall[]> {
  const calls = await getCurrentCalls(now, CAP);
  return calls.map((c) => ({
    ...c,
    funderRegion: c.funder?.region ?? null,
    funderMunicipality: c.funder?.type === "municipality" ? c.funder.municipality : null,
  }));
}

const organisationSelect = {
  id: true,
  slug: true,
  nameLv: true,
  nameEn: true,
  type: true,
  roles: true,
  supportTypes: true,
  stagesCovered: true,
  region: true,
} satisfies Prisma.OrganisationSelect;
type NavigatorOrganisation = Prisma.OrganisationGetPayload<{ select: typeof organisationSelect }>;

/** Supporters and funders in Latvia that say what support they give. */
function organisationCandidates(): Promise<NavigatorOrganisation[]> {
  return db.organisation.findMany({
    where: {
      publication: "PUBLISHED",
      roles: { hasSome: ["supporter", "funder"] },
      supportTypes: { isEmpty: false },
      OR: [{ region: null }, { region: { not: "abroad" } }],
    },
    orderBy: { id: "asc" },
    take: CAP,
    select: organisationSelect,
  });
}

type NavigatorResource = {
  id: string;
  slug: string;
  titleLv: string;
  titleEn: string | null;
  type: string;
  audiences: string[];
  stages: string[];
  themes: string[];
  language: string | null;
};

const textArray = (value: string | undefined) => (value ? [value] : []);

/** Materials for every stage or for the person's. */
function resourceCandidates(answers: Answers): Promise<NavigatorResource[]> {
  const stage = textArray(answers.stage);
  return db.$queryRaw<NavigatorResource[]>`
    SELECT r."id", r."slug", r."titleLv", r."titleEn", r."type", r."audiences", r."stages", r."themes", r."language"
    FROM "Resource" r
    WHERE r."publication" = 'PUBLISHED'
      AND (cardinality(${stage}::text[]) = 0 OR r."stages" && ${stage}::text[] OR r."stages" = '{}')
    ORDER BY r."featured" DESC, r."id"
    LIMIT ${CAP}`;
}

/** regionDistance(home, column) in SQL. */
function distanceSql(column: Prisma.Sql, home: string | undefined): Prisma.Sql {
  // A bare 0 would be read as "order by the first column"; a typed constant is a constant.
  if (!home) return Prisma.sql`0::int`;
  const neighbours = isPlanningRegion(home) ? [...NEIGHBOURS[home]] : [];
  const elsewhere = isPlanningRegion(home) ? 3 : 1;
  return Prisma.sql`(CASE
    WHEN ${column} = ${ABROAD} THEN 4
    WHEN ${column} = ${home} THEN 0
    WHEN ${column} IS NULL OR ${column} = ${NATIONWIDE} THEN ${home === NATIONWIDE ? 0 : 1}
    WHEN ${column} = ANY(${neighbours}::text[]) THEN 2
    ELSE ${elsewhere} END)`;
}

type NavigatorInnovation = {
  id: string;
  slug: string;
  titleLv: string;
  titleEn: string | null;
  summaryLv: string;
  summaryEn: string | null;
  stage: string;
  themes: string[];
  targetGroups: string[];
  region: string | null;
};

/**
 * Innovations that share the theme or target group or are at the person's
 * stage or the next, ordered by the points rules.matchInnovation gives them (the
 * same weights) and then by distance as regionDistance() measures it, so the
 * cap never drops a match the rules would put before one it keeps.
 */
function innovationCandidates(answers: Answers, stages: string[]): Promise<NavigatorInnovation[]> {
  const theme = textArray(answers.theme);
  const group = textArray(answers.group);
  const mine = answers.stage ? stages.indexOf(answers.stage) : -1;
  const same = textArray(answers.stage);
  const later = mine >= 0 ? stages.slice(mine + 1, mine + 2) : [];
  const anything = theme.length + group.length + same.length > 0;
  return db.$queryRaw<NavigatorInnovation[]>`
    SELECT i."id", i."slug", i."titleLv", i."titleEn", i."summaryLv", i."summaryEn", i."stage", i."themes",
      i."targetGroups", i."region"
    FROM "Innovation" i
    WHERE i."publication" = 'PUBLISHED'
      AND (${!anything} OR i."themes" && ${theme}::text[] OR i."targetGroups" && ${group}::text[]
        OR i."stage" = ANY(${same}::text[]) OR i."stage" = ANY(${later}::text[]))
    ORDER BY
      (CASE WHEN i."themes" && ${theme}::text[] THEN ${POINTS.innovationTheme} ELSE 0 END
        + CASE WHEN i."targetGroups" && ${group}::text[] THEN ${POINTS.innovationGroup} ELSE 0 END
        + CASE WHEN i."stage" = ANY(${same}::text[]) THEN ${POINTS.sameStage}
               WHEN i."stage" = ANY(${later}::text[]) THEN ${POINTS.laterStage} ELSE 0 END) DESC,
      ${distanceSql(Prisma.sql`i."region"`, answers.region)}, i."id"
    LIMIT ${INNOVATION_CAP}`;
}

// ─── The result ──────────────────────────────────────────────────────────────

/** How many of each list the result page shows; the rest is behind the finder links. */
const SHOWN = { calls: 6, organisations: 6, toolkit: 5, innovations: 4 } as const;

type Ranked<T> = { total: number; shown: Match<T>[] };

export type NavigatorResult = {
  calls: Ranked<NavigatorCall>;
  organisations: Ranked<NavigatorOrganisation>;
  toolkit: Ranked<NavigatorResource>;
  innovations: Ranked<NavigatorInnovation>;
  /** The CONSULTATION_TOPIC key the request is pre-filled with. */
  topic: string;
  order: Section[];
};

const top = <T>(matches: Match<T>[], n: number): Ranked<T> => ({ total: matches.length, shown: matches.slice(0, n) });

/** Everything the result page lists for these answers, ranked by the rules. */
export async function findSupport(
  answers: Answers,
  terms: NavigatorTerm[],
  locale: Locale,
  now: Date,
): Promise<NavigatorResult> {
  const stages = stageOrder(terms);
  const [calls, organisations, resources, innovations] = await Promise.all([
    callCandidates(now),
    organisationCandidates(),
    resourceCandidates(answers),
    innovationCandidates(answers, stages),
  ]);
  const title = (r: { titleLv: string; titleEn: string | null }) => localized(r, "title", locale).text;
  return {
    calls: top(rankCalls(calls, title, answers, now), SHOWN.calls),
    organisations: top(
      rankOrganisations(organisations, (o) => localized(o, "name", locale).text, answers),
      SHOWN.organisations,
    ),
    toolkit: top(rankResources(resources, title, answers), SHOWN.toolkit),
    innovations: top(rankInnovations(innovations, title, answers, stages), SHOWN.innovations),
    topic: consultationTopic(answers),
    order: sectionOrder(answers),
  };
}
