// The funding domain's fixed lists, without zod: the staff forms (client
// components) and the public pages read them, and a client bundle that
// imported lib/funding/schema.ts would carry zod, whose schemas probe for
// eval when they are built (a CSP violation under the portal's policy).
/** FundingProgramme.kind (schema.prisma): a fixed list, not a staff vocabulary. */
export const PROGRAMME_KINDS = [
  "eu-cohesion",
  "interreg",
  "eu-direct",
  "municipal",
  "national-financial",
  "private",
  "planned",
] as const;

/**
 * FundingCall.rolling: how often a call without fixed dates takes submissions.
 * A fixed list, so the public pages can work out the current submission round
 * (lib/funding/status.ts); "continuous" takes them at any time.
 */
export const ROLLING_SCHEDULES = ["continuous", "monthly", "quarterly", "half-yearly", "yearly"] as const;
export type RollingSchedule = (typeof ROLLING_SCHEDULES)[number];
export const isRollingSchedule = (value: string): value is RollingSchedule =>
  (ROLLING_SCHEDULES as readonly string[]).includes(value);
