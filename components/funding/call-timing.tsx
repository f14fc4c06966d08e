import clsx from "clsx";
import { getFormatter, getTranslations } from "next-intl/server";
import { callTiming, type CallTiming } from "@/lib/funding/status";
import { toRiga } from "@/lib/time/riga";

type Dates = { opensAt: Date | null; closesAt: Date | null; rolling: string | null };

/** A closing time at the end of the day (23:59 or later in Riga) is said as the date alone. */
const endOfDay = (at: Date) => toRiga(at).time >= "23:59";

/** The badge's look per phase; the words say the phase, so colour is never the only signal. */
const PHASE_STYLE: Record<CallTiming["phase"], string> = {
  open: "border-green-800 bg-green-50 text-green-900",
  "closing-soon": "border-accent bg-amber-50 text-amber-900",
  "closes-today": "border-red-800 bg-red-50 text-red-900",
  upcoming: "border-brand bg-white text-brand",
  closed: "border-muted bg-surface text-muted",
};

/**
 * The sentences that tell a person where a call stands: the phase ("Closes
 * in 3 days"), and when it opens, closes or what its current round is.
 */
export async function callTimingText(call: Dates, now: Date) {
  const [t, format] = await Promise.all([getTranslations("funding"), getFormatter()]);
  const timing = callTiming(call, now);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const lastDay = (end: Date) => date(new Date(end.getTime() - 1));
  const phase =
    timing.phase === "closing-soon"
      ? t("phase.closing-soon", { days: timing.daysLeft ?? 0 })
      : t(`phase.${timing.phase}`);
  const lines: string[] = [];
  if (timing.status === "upcoming" && call.opensAt) lines.push(t("timing.opens", { date: date(call.opensAt) }));
  if (timing.schedule) {
    lines.push(t(`schedule.${timing.schedule}`));
    if (timing.round)
      lines.push(
        t(timing.status === "upcoming" ? "timing.firstRound" : "timing.round", {
          start: date(timing.round.start),
          end: lastDay(timing.round.end),
        }),
      );
  }
  if (call.closesAt && (!timing.round || timing.round.end.getTime() !== call.closesAt.getTime())) {
    if (timing.status === "closed") lines.push(t("timing.closedOn", { date: date(call.closesAt) }));
    else if (endOfDay(call.closesAt)) lines.push(t("timing.closes", { date: date(call.closesAt) }));
    else
      lines.push(
        t("timing.closesAt", {
          date: date(call.closesAt),
          time: format.dateTime(call.closesAt, { timeStyle: "short" }),
        }),
      );
  }
  if (!call.opensAt && !call.closesAt && !timing.schedule) lines.push(t("timing.noDates"));
  return { timing, phase, lines };
}

export function PhaseBadge({ phase, label }: { phase: CallTiming["phase"]; label: string }) {
  return (
    <span
      className={clsx("inline-block rounded border-2 px-2 py-0.5 text-sm font-bold", PHASE_STYLE[phase])}
      data-phase={phase}
    >
      {label}
    </span>
  );
}
