// Which innovations the navigator offers to learn from and why (the common steps are in rules.ts).
import { regionDistance } from "@/lib/regions/planning-regions";
import type { Answers } from "./answers";
import { POINTS, rank, type Match, type Reason } from "./rules";

export type InnovationCandidate = { stage: string; themes: string[]; targetGroups: string[]; region: string | null };

/**
 * Similar when it shares the theme or the target group, or is at the person's
 * stage or the next one (it shows the step ahead). With no answer to compare, every
 * innovation is as similar as any other.
 */
export function matchInnovation<T extends InnovationCandidate>(
  innovation: T,
  name: string,
  answers: Answers,
  stageOrder: readonly string[],
): Match<T> | null {
  const reasons: Reason[] = [];
  let score = 0;
  if (answers.theme && innovation.themes.includes(answers.theme)) {
    score += POINTS.innovationTheme;
    reasons.push({ kind: "theme", theme: answers.theme });
  }
  if (answers.group && innovation.targetGroups.includes(answers.group)) {
    score += POINTS.innovationGroup;
    reasons.push({ kind: "group", group: answers.group });
  }
  if (answers.stage) {
    const mine = stageOrder.indexOf(answers.stage);
    const theirs = stageOrder.indexOf(innovation.stage);
    if (innovation.stage === answers.stage) {
      score += POINTS.sameStage;
      reasons.push({ kind: "sameStage", stage: innovation.stage });
    } else if (mine >= 0 && theirs === mine + 1) {
      score += POINTS.laterStage;
      reasons.push({ kind: "laterStage", stage: innovation.stage });
    }
  }
  if ((answers.theme || answers.group || answers.stage) && score === 0) return null;
  const distance = regionDistance(answers.region, innovation.region);
  if (answers.region && distance <= 1)
    reasons.push({ kind: "region", region: innovation.region ?? "national", distance });
  return { item: innovation, score, reasons, deadline: null, distance, name };
}

export function rankInnovations<T extends InnovationCandidate>(
  innovations: T[],
  nameOf: (innovation: T) => string,
  answers: Answers,
  stageOrder: readonly string[],
): Match<T>[] {
  return rank(innovations.map((i) => matchInnovation(i, nameOf(i), answers, stageOrder)));
}
