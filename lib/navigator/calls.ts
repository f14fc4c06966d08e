// Which calls for proposals the navigator lists and why (the common steps are in rules.ts).
import { callTiming } from "@/lib/funding/status";
import { isPlanningRegion, regionDistance } from "@/lib/regions/planning-regions";
import { RESIDENT, type Answers } from "./answers";
import { POINTS, rank, type Match, type Reason } from "./rules";

export type CallCandidate = {
  opensAt: Date | null;
  closesAt: Date | null;
  rolling: string | null;
  eligibleApplicantTypes: string[];
  stages: string[];
  themes: string[];
  targetGroups: string[];
  /** The funder's region; a municipality's or planning region's call is for that region. */
  funderRegion: string | null;
  /** The funder's MUNICIPALITY key when the funder is a municipality. */
  funderMunicipality: string | null;
};

/** Residents apply together, as a community or citizens' group. */
export const RESIDENT_APPLIES_AS = "community-group";

/** Eligible when the call has not closed. */
export const callIsCurrent = (call: CallCandidate, now: Date) => callTiming(call, now).status !== "closed";

/** Eligible when the call names no applicant types, or names the person's (a resident's: a community group). */
export function callAcceptsApplicant(call: CallCandidate, who: string | undefined): boolean {
  if (!who || call.eligibleApplicantTypes.length === 0) return true;
  return call.eligibleApplicantTypes.includes(who === RESIDENT ? RESIDENT_APPLIES_AS : who);
}

/** Eligible when the call names no stages, or funds the person's. */
export const callFundsStage = (call: CallCandidate, stage: string | undefined) =>
  !stage || call.stages.length === 0 || call.stages.includes(stage);

/**
 * Eligible when the call is not local, or local to where the person is: a call
 * funded by a municipality is for that municipality (when the person named
 * one) and its planning region; a planning region's, for that region. A person
 * working across Latvia, or who did not say where, sees every call.
 */
export function callReachesPlace(call: CallCandidate, answers: Pick<Answers, "region" | "municipality">): boolean {
  if (!isPlanningRegion(answers.region) || !isPlanningRegion(call.funderRegion)) return true;
  if (call.funderRegion !== answers.region) return false;
  return !answers.municipality || !call.funderMunicipality || call.funderMunicipality === answers.municipality;
}

function callEligible(call: CallCandidate, answers: Answers, now: Date): boolean {
  return (
    callIsCurrent(call, now) &&
    callAcceptsApplicant(call, answers.who) &&
    callFundsStage(call, answers.stage) &&
    callReachesPlace(call, answers)
  );
}

/** The timing reason and the date the tie-break uses. */
export function callTimingReason(call: CallCandidate, now: Date): { reason: Reason; deadline: Date | null } {
  const timing = callTiming(call, now);
  if (timing.status === "upcoming" && call.opensAt)
    return { reason: { kind: "opens", date: call.opensAt }, deadline: timing.deadline };
  if (timing.round && timing.deadline)
    return { reason: { kind: "roundEnds", date: timing.deadline }, deadline: timing.deadline };
  if (timing.deadline) return { reason: { kind: "closes", date: timing.deadline }, deadline: timing.deadline };
  return { reason: { kind: "noDeadline" }, deadline: null };
}

/** A call's score and reasons for an eligible call; null when it is not eligible. */
export function matchCall<T extends CallCandidate>(
  call: T,
  name: string,
  answers: Answers,
  now: Date,
): Match<T> | null {
  if (!callEligible(call, answers, now)) return null;
  const reasons: Reason[] = [];
  let score = 0;
  if (answers.who)
    reasons.push(
      call.eligibleApplicantTypes.length ? { kind: "applicant", who: answers.who } : { kind: "anyApplicant" },
    );
  if (answers.stage) reasons.push(call.stages.length ? { kind: "stage", stage: answers.stage } : { kind: "anyStage" });
  if (answers.theme && call.themes.includes(answers.theme)) {
    score += POINTS.theme;
    reasons.push({ kind: "theme", theme: answers.theme });
  }
  if (answers.group && call.targetGroups.includes(answers.group)) {
    score += POINTS.group;
    reasons.push({ kind: "group", group: answers.group });
  }
  if (isPlanningRegion(call.funderRegion))
    reasons.push({ kind: "local", region: call.funderRegion, municipality: call.funderMunicipality });
  if (callTiming(call, now).status === "open") score += POINTS.openNow;
  const { reason, deadline } = callTimingReason(call, now);
  reasons.push(reason);
  // A call from a national or European funder reaches every region alike.
  const distance = isPlanningRegion(call.funderRegion)
    ? regionDistance(answers.region, call.funderRegion)
    : regionDistance(answers.region, null);
  return { item: call, score, reasons, deadline, distance, name };
}

export function rankCalls<T extends CallCandidate>(
  calls: T[],
  nameOf: (call: T) => string,
  answers: Answers,
  now: Date,
): Match<T>[] {
  return rank(calls.map((c) => matchCall(c, nameOf(c), answers, now)));
}
