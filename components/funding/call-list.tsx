import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { langAttr, localized } from "@/lib/i18n/content";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { Labeler } from "@/lib/innovations/labels";
import { euro, percent } from "@/lib/funding/money";
import type { CallCard } from "@/lib/funding/public-queries";
import { PhaseBadge, callTimingText } from "./call-timing";

/** The money of a call in one line: per project, in total, aid intensity (whatever the call published). */
async function moneyLine(call: CallCard, locale: Locale): Promise<string[]> {
  const t = await getTranslations("funding.card");
  const out: string[] = [];
  if (call.maxPerProjectEur && call.minPerProjectEur)
    out.push(
      t("perProjectRange", { min: euro(call.minPerProjectEur, locale), max: euro(call.maxPerProjectEur, locale) }),
    );
  else if (call.maxPerProjectEur) out.push(t("perProjectUpTo", { max: euro(call.maxPerProjectEur, locale) }));
  if (call.totalBudgetEur) out.push(t("total", { amount: euro(call.totalBudgetEur, locale) }));
  if (call.aidIntensityPct) out.push(t("aid", { pct: percent(call.aidIntensityPct, locale) }));
  return out;
}

/**
 * Calls as cards: status badge, title link, where the money comes from, how
 * much, when it closes, and who can apply. `headingLevel` fits the page's outline.
 */
export async function CallList({
  calls,
  labels,
  locale,
  now,
  headingLevel = 3,
}: {
  calls: CallCard[];
  labels: Labeler;
  locale: Locale;
  now: Date;
  headingLevel?: 2 | 3 | 4;
}) {
  const t = await getTranslations("funding.card");
  const Heading = (["h2", "h3", "h4"] as const)[headingLevel - 2]!;
  const items = await Promise.all(
    calls.map(async (call) => ({
      call,
      timing: await callTimingText(call, now),
      money: await moneyLine(call, locale),
    })),
  );
  return (
    <ol className="space-y-4" data-calls>
      {items.map(({ call, timing, money }) => {
        const title = localized(call, "title", locale);
        const summary = localized(call, "summary", locale);
        const funder = call.funder?.publication === "PUBLISHED" ? localized(call.funder, "name", locale) : null;
        const programme =
          call.programme?.publication === "PUBLISHED" ? localized(call.programme, "title", locale) : null;
        return (
          <li key={call.id} className="rounded-lg border border-line p-5" data-slug={call.slug}>
            <p className="flex flex-wrap items-center gap-2">
              <PhaseBadge phase={timing.timing.phase} label={timing.phase} />
              {call.isDemo ? <span className="text-sm text-muted">{t("demo")}</span> : null}
            </p>
            <Heading className="mt-2 text-lg font-bold">
              <NextLink href={localizedHref(`/funding/${call.slug}`, locale)} lang={langAttr(title, locale)}>
                {title.text}
              </NextLink>
            </Heading>
            {summary.text ? (
              <p className="mt-2 line-clamp-2" lang={langAttr(summary, locale)}>
                {summary.text}
              </p>
            ) : null}
            <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt className="font-semibold">{t("deadline")}</dt>
              <dd data-timing>{timing.lines.join(" · ")}</dd>
              {money.length ? (
                <>
                  <dt className="font-semibold">{t("money")}</dt>
                  <dd data-money>{money.join(" · ")}</dd>
                </>
              ) : null}
              {funder ? (
                <>
                  <dt className="font-semibold">{t("funder")}</dt>
                  <dd lang={langAttr(funder, locale)}>{funder.text}</dd>
                </>
              ) : programme ? (
                <>
                  <dt className="font-semibold">{t("programme")}</dt>
                  <dd lang={langAttr(programme, locale)}>{programme.text}</dd>
                </>
              ) : null}
              {call.eligibleApplicantTypes.length ? (
                <>
                  <dt className="font-semibold">{t("applicants")}</dt>
                  <dd>{call.eligibleApplicantTypes.map((k) => labels.term("ORGANISATION_TYPE", k).text).join(", ")}</dd>
                </>
              ) : null}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
