// Which organisations of the directory the navigator lists and why (the common steps are in rules.ts).
import { ABROAD, regionDistance } from "@/lib/regions/planning-regions";
import type { Answers, Need } from "./answers";
import { POINTS, rank, type Match, type Reason } from "./rules";

export type OrganisationCandidate = {
  roles: string[];
  supportTypes: string[];
  stagesCovered: string[];
  region: string | null;
};

/** The support types that answer each need. */
const NEED_SUPPORT: Record<Need, readonly string[]> = {
  money: ["grants", "loans"],
  advice: ["consulting", "mentoring"],
  partners: ["networking"],
  methods: ["training", "research"],
  premises: ["infrastructure", "incubation"],
  training: ["training", "mentoring"],
};

const SUPPORTER_ROLES = ["supporter", "funder"];

/** Eligible when it is a supporter or funder in Latvia that says what support it gives. */
export const organisationSupports = (org: OrganisationCandidate) =>
  org.roles.some((r) => SUPPORTER_ROLES.includes(r)) && org.supportTypes.length > 0 && org.region !== ABROAD;

/** Eligible when it names no stages, or the person's. */
export const organisationCoversStage = (org: OrganisationCandidate, stage: string | undefined) =>
  !stage || org.stagesCovered.length === 0 || org.stagesCovered.includes(stage);

/** Eligible when it gives at least one kind of support the person needs (any, when they named no need). */
export const organisationMeetsNeeds = (org: OrganisationCandidate, needs: readonly Need[]) =>
  needs.length === 0 || needs.some((n) => NEED_SUPPORT[n].some((s) => org.supportTypes.includes(s)));

/** Eligible when it is in the person's region, a neighbouring one, or works nationwide. */
export const organisationIsNear = (org: OrganisationCandidate, region: string | undefined) =>
  regionDistance(region, org.region) <= 2;

export function matchOrganisation<T extends OrganisationCandidate>(
  org: T,
  name: string,
  answers: Answers,
): Match<T> | null {
  if (
    !organisationSupports(org) ||
    !organisationCoversStage(org, answers.stage) ||
    !organisationMeetsNeeds(org, answers.needs) ||
    !organisationIsNear(org, answers.region)
  )
    return null;
  const reasons: Reason[] = [];
  let score = 0;
  if (answers.stage && org.stagesCovered.includes(answers.stage)) {
    score += POINTS.supportsStage;
    reasons.push({ kind: "stage", stage: answers.stage });
  }
  const offered = answers.needs.length
    ? answers.needs.flatMap((n) => NEED_SUPPORT[n].filter((s) => org.supportTypes.includes(s)))
    : org.supportTypes;
  const met = answers.needs.filter((n) => NEED_SUPPORT[n].some((s) => org.supportTypes.includes(s)));
  score += met.length * POINTS.need;
  reasons.push({ kind: "offers", supportTypes: [...new Set(offered)] });
  const distance = regionDistance(answers.region, org.region);
  if (answers.region) reasons.push({ kind: "region", region: org.region ?? "national", distance });
  return { item: org, score, reasons, deadline: null, distance, name };
}

export function rankOrganisations<T extends OrganisationCandidate>(
  organisations: T[],
  nameOf: (org: T) => string,
  answers: Answers,
): Match<T>[] {
  return rank(organisations.map((o) => matchOrganisation(o, nameOf(o), answers)));
}
