// The request life cycle staff move a request along:
// NEW → IN_PROGRESS → SCHEDULED → COMPLETED, or REFERRED, or CANCELLED.
// Closed states are final: a closed request's self-service link is dead and
// its retention clock is running, so reopening it would be a new request.
import type { ConsultationStatus } from "@/generated/prisma/enums";

export const STATUSES = [
  "NEW",
  "IN_PROGRESS",
  "SCHEDULED",
  "COMPLETED",
  "REFERRED",
  "CANCELLED",
] as const satisfies readonly ConsultationStatus[];

const NEXT: Record<ConsultationStatus, readonly ConsultationStatus[]> = {
  NEW: ["IN_PROGRESS", "SCHEDULED", "REFERRED", "CANCELLED"],
  IN_PROGRESS: ["SCHEDULED", "COMPLETED", "REFERRED", "CANCELLED"],
  SCHEDULED: ["IN_PROGRESS", "COMPLETED", "REFERRED", "CANCELLED"],
  COMPLETED: [],
  REFERRED: [],
  CANCELLED: [],
};

export function canTransition(from: ConsultationStatus, to: ConsultationStatus): boolean {
  return NEXT[from].includes(to);
}

/** REFERRED is reached only through the referral form, which records where the person was sent. */
export function statusFormTargets(from: ConsultationStatus): ConsultationStatus[] {
  return NEXT[from].filter((s) => s !== "REFERRED");
}

export const isClosed = (status: ConsultationStatus) =>
  status === "COMPLETED" || status === "REFERRED" || status === "CANCELLED";
