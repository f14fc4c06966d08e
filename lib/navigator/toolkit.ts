// Which toolkit items the navigator lists and why (the common steps are in rules.ts).
import { RESIDENT, type Answers, type Need } from "./answers";
import { POINTS, rank, type Match, type Reason } from "./rules";

export type ResourceCandidate = { type: string; audiences: string[]; stages: string[]; themes: string[] };

/** The toolkit audience that speaks to each kind of person. */
const WHO_AUDIENCE: Record<string, string> = {
  [RESIDENT]: "innovators",
  ngo: "innovators",
  "social-enterprise": "innovators",
  "community-group": "innovators",
  company: "implementers",
  municipality: "municipalities",
  "planning-region": "municipalities",
  "state-institution": "policy-makers",
  funder: "funders",
  academia: "policy-makers",
};

/** Resource types a person can put to work at once. */
const PRACTICAL_TYPES = ["method", "tool", "template"];
/** Resource types that answer a need for methods or for training. */
const NEED_TYPES: Partial<Record<Need, readonly string[]>> = {
  methods: ["method", "tool", "template", "guide"],
  training: ["course", "video", "guide"],
};

/** Eligible when it is for every stage (names none) or for the person's. */
export const resourceFitsStage = (resource: ResourceCandidate, stage: string | undefined) =>
  !stage || resource.stages.length === 0 || resource.stages.includes(stage);

export function matchResource<T extends ResourceCandidate>(
  resource: T,
  name: string,
  answers: Answers,
): Match<T> | null {
  if (!resourceFitsStage(resource, answers.stage)) return null;
  const reasons: Reason[] = [];
  let score = 0;
  if (answers.stage && resource.stages.includes(answers.stage)) {
    score += POINTS.resourceStage;
    reasons.push({ kind: "stage", stage: answers.stage });
  }
  if (answers.theme && resource.themes.includes(answers.theme)) {
    score += POINTS.resourceTheme;
    reasons.push({ kind: "theme", theme: answers.theme });
  }
  const audience = answers.who ? WHO_AUDIENCE[answers.who] : undefined;
  if (audience && resource.audiences.includes(audience)) {
    score += POINTS.audience;
    reasons.push({ kind: "audience", audience });
  }
  // With something to compare, a material must share the stage, the theme or the audience: being a method is not enough.
  if ((answers.stage || answers.theme || audience) && reasons.length === 0) return null;
  const needed = answers.needs.some((n) => NEED_TYPES[n]?.includes(resource.type));
  if (needed || PRACTICAL_TYPES.includes(resource.type)) {
    score += needed ? POINTS.neededType : POINTS.practical;
    reasons.push({ kind: "practical", type: resource.type });
  }
  return { item: resource, score, reasons, deadline: null, distance: 0, name };
}

export function rankResources<T extends ResourceCandidate>(
  resources: T[],
  nameOf: (resource: T) => string,
  answers: Answers,
): Match<T>[] {
  return rank(resources.map((r) => matchResource(r, nameOf(r), answers)));
}
