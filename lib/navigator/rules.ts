// How the support navigator chooses and orders what it shows: plain rules, one
// function each, unit-tested one by one (tests/unit/navigator-rules.test.ts).
// This file holds what every list shares and the page's own rules; each list's
// rules are in calls.ts, organisations.ts, toolkit.ts and innovations.ts.
//
// For every kind of result the same three steps:
// 1. eligibility filters first: a call the person cannot apply for, or an
//    organisation that says it does not work at their stage, is never shown,
//    however well it scores;
// 2. points for what fits (theme, target group, stage, what they need), each
//    with the reason that is shown to the person;
// 3. ties broken by the deadline (soonest first, none last), then by distance
//    from the person's region (lib/regions/planning-regions.ts), then by name.
import type { Distance } from "@/lib/regions/planning-regions";
import { RESIDENT, type Answers, type Need } from "./answers";

/** Why an item was matched; the page words each one with a message template (reasons.ts). */
export type Reason =
  | { kind: "applicant"; who: string }
  | { kind: "anyApplicant" }
  | { kind: "stage"; stage: string }
  | { kind: "anyStage" }
  | { kind: "theme"; theme: string }
  | { kind: "group"; group: string }
  | { kind: "local"; region: string; municipality: string | null }
  | { kind: "opens"; date: Date }
  | { kind: "closes"; date: Date }
  | { kind: "roundEnds"; date: Date }
  | { kind: "noDeadline" }
  | { kind: "offers"; supportTypes: string[] }
  | { kind: "region"; region: string; distance: Distance }
  | { kind: "laterStage"; stage: string }
  | { kind: "sameStage"; stage: string }
  | { kind: "audience"; audience: string }
  | { kind: "practical"; type: string };

export type Match<T> = {
  item: T;
  score: number;
  reasons: Reason[];
  /** The date the tie-break reads first; null sorts last. */
  deadline: Date | null;
  distance: Distance;
  /** The last tie-break: a name in the page's language. */
  name: string;
};

/** Points per rule; the reasons say which applied. */
export const POINTS = {
  theme: 3,
  group: 2,
  openNow: 1,
  supportsStage: 3,
  need: 2,
  resourceStage: 3,
  resourceTheme: 2,
  audience: 1,
  practical: 1,
  neededType: 2,
  sameStage: 2,
  laterStage: 1,
  innovationTheme: 3,
  innovationGroup: 2,
} as const;

/** Higher score first; then the sooner deadline (none last), then the nearer region, then the name. */
export function compareMatches<T>(a: Match<T>, b: Match<T>): number {
  if (a.score !== b.score) return b.score - a.score;
  const da = a.deadline?.getTime() ?? Number.POSITIVE_INFINITY;
  const db = b.deadline?.getTime() ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da - db;
  if (a.distance !== b.distance) return a.distance - b.distance;
  return a.name.localeCompare(b.name);
}

export const rank = <T>(matches: (Match<T> | null)[]): Match<T>[] =>
  matches.filter((m): m is Match<T> => m !== null).sort(compareMatches);

// ─── The consultation and the page's order ──────────────────────────────────

/** The consultation topic (CONSULTATION_TOPIC key) that fits the answers best. */
export function consultationTopic(answers: Answers): string {
  if (answers.needs.includes("money")) return "funding";
  if (answers.needs.includes("partners")) return "partners";
  switch (answers.stage) {
    case "problem":
    case "idea":
      return answers.who === RESIDENT || !answers.who ? "is-it-si" : "idea-design";
    case "prototype":
      return "idea-design";
    case "pilot":
    case "sustain":
      return "pilot-to-service";
    case "scale":
    case "systemic":
      return "scaling";
    default:
      return "other";
  }
}

const SECTIONS = ["calls", "organisations", "toolkit", "innovations", "consultation"] as const;
export type Section = (typeof SECTIONS)[number];

/** The sections that answer each need. */
const NEED_SECTIONS: Record<Need, readonly Section[]> = {
  money: ["calls"],
  advice: ["consultation", "organisations"],
  partners: ["organisations", "innovations"],
  methods: ["toolkit"],
  premises: ["organisations"],
  training: ["organisations", "toolkit"],
};

/**
 * The order of the result page: for a resident, SIKC's consultation and the
 * methods first (someone with an idea and no organisation needs a person to
 * talk to before a call); otherwise the sections that answer what the person
 * needs first, then the rest, each group in the usual order.
 */
export function sectionOrder(answers: Answers): Section[] {
  if (answers.who === RESIDENT) return ["consultation", "toolkit", "innovations", "organisations", "calls"];
  const wanted = new Set(answers.needs.flatMap((n) => NEED_SECTIONS[n]));
  return [...SECTIONS.filter((s) => wanted.has(s)), ...SECTIONS.filter((s) => !wanted.has(s))];
}
