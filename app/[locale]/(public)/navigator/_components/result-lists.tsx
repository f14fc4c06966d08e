// The lists of the navigator's result page in the order its rules chose
// (rules.sectionOrder), each item worded with its reason (reasons.ts).
import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { callTimingText, PhaseBadge } from "@/components/funding/call-timing";
import { localized } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/link";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { deadlinesCalendarPath } from "@/lib/funding/feed-urls";
import { euro } from "@/lib/funding/money";
import { RESIDENT, type Answers } from "@/lib/navigator/answers";
import { RESIDENT_APPLIES_AS } from "@/lib/navigator/calls";
import type { NavigatorResult } from "@/lib/navigator/queries";
import { createReasonWriter, type LabelOf } from "@/lib/navigator/reasons";
import { isPlanningRegion } from "@/lib/regions/planning-regions";
import { ResultSection, type ResultItem } from "./result-section";

type Props = {
  result: NavigatorResult;
  answers: Answers;
  label: LabelOf;
  /** The pre-filled consultation request's address. */
  consultation: string;
  locale: Locale;
  now: Date;
};

/** `path?query` with the empty values left out (and no "?" when nothing is left). */
function withQuery(path: string, entries: Record<string, string | undefined>) {
  const qs = new URLSearchParams(Object.entries(entries).filter((e): e is [string, string] => Boolean(e[1])));
  return qs.size ? `${path}?${qs}` : path;
}

export async function ResultLists({ result, answers, label, consultation, locale, now }: Props) {
  const [t, card] = await Promise.all([getTranslations("navigator.results"), getTranslations("funding.card")]);
  const reasonLine = createReasonWriter(locale, label);
  const meta = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(" · ");

  const callItems: ResultItem[] = await Promise.all(
    result.calls.shown.map(async (m) => {
      const call = m.item;
      const timing = await callTimingText(call, now);
      const funder = call.funder?.publication === "PUBLISHED" ? localized(call.funder, "name", locale).text : null;
      return {
        key: call.slug,
        href: localizedHref(`/funding/${call.slug}`, locale),
        title: localized(call, "title", locale),
        badge: <PhaseBadge phase={timing.timing.phase} label={timing.phase} />,
        meta: meta(
          funder,
          call.maxPerProjectEur ? card("perProjectUpTo", { max: euro(call.maxPerProjectEur, locale) }) : null,
        ),
        reason: reasonLine(m.reasons, "call"),
      };
    }),
  );
  const organisationItems: ResultItem[] = result.organisations.shown.map((m) => ({
    key: m.item.slug,
    href: localizedHref(`/organisations/${m.item.slug}`, locale),
    title: localized(m.item, "name", locale),
    meta: meta(label("ORGANISATION_TYPE", m.item.type), m.item.region ? label("REGION", m.item.region) : null),
    reason: reasonLine(m.reasons, "organisation"),
  }));
  const toolkitItems: ResultItem[] = result.toolkit.shown.map((m) => ({
    key: m.item.slug,
    href: localizedHref(`/toolkit/${m.item.slug}`, locale),
    title: localized(m.item, "title", locale),
    meta: label("RESOURCE_TYPE", m.item.type),
    reason: reasonLine(m.reasons, "resource"),
  }));
  const innovationItems: ResultItem[] = result.innovations.shown.map((m) => ({
    key: m.item.slug,
    href: localizedHref(`/innovations/${m.item.slug}`, locale),
    title: localized(m.item, "title", locale),
    meta: meta(label("STAGE", m.item.stage), m.item.region ? label("REGION", m.item.region) : null),
    reason: reasonLine(m.reasons, "innovation"),
  }));

  const region = isPlanningRegion(answers.region) ? answers.region : undefined;
  const sections = {
    calls: (
      <ResultSection
        key="calls"
        id="calls"
        heading={t("calls.heading")}
        count={t("calls.count", { count: result.calls.total })}
        total={result.calls.total}
        items={callItems}
        locale={locale}
        empty={<p>{t("calls.empty")}</p>}
        more={
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link
                href={withQuery("/funding", {
                  applicant: answers.who === RESIDENT ? RESIDENT_APPLIES_AS : answers.who,
                  stage: answers.stage,
                })}
              >
                {t("calls.more")}
              </Link>
            </li>
            <li>
              <a href={deadlinesCalendarPath(locale)} type="text/calendar">
                {t("calls.calendar")}
              </a>
            </li>
          </ul>
        }
      />
    ),
    organisations: (
      <ResultSection
        key="organisations"
        id="organisations"
        heading={t("organisations.heading")}
        count={t("organisations.count", { count: result.organisations.total })}
        total={result.organisations.total}
        items={organisationItems}
        locale={locale}
        empty={<p>{t("organisations.empty")}</p>}
        more={
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href="/organisations">{t("organisations.more")}</Link>
            </li>
            {region ? (
              <li>
                <Link href={`/regions/${region}`}>{t("region", { region: label("REGION", region) })}</Link>
              </li>
            ) : null}
          </ul>
        }
      />
    ),
    toolkit: (
      <ResultSection
        key="toolkit"
        id="toolkit"
        heading={t("toolkit.heading")}
        count={t("toolkit.count", { count: result.toolkit.total })}
        total={result.toolkit.total}
        items={toolkitItems}
        locale={locale}
        empty={<p>{t("toolkit.empty")}</p>}
        more={
          answers.stage ? (
            <Link href={withQuery("/toolkit", { stage: answers.stage })}>{t("toolkit.more")}</Link>
          ) : (
            <Link href="/toolkit">{t("toolkit.moreAll")}</Link>
          )
        }
      />
    ),
    innovations: (
      <ResultSection
        key="innovations"
        id="innovations"
        heading={t("innovations.heading")}
        count={t("innovations.count", { count: result.innovations.total })}
        total={result.innovations.total}
        items={innovationItems}
        locale={locale}
        empty={
          <p>
            {t("innovations.empty")} <Link href="/submit">{t("innovations.submit")}</Link>
          </p>
        }
        more={
          <Link href={withQuery("/innovations", { theme: answers.theme, targetGroup: answers.group })}>
            {t("innovations.more")}
          </Link>
        }
      />
    ),
    consultation: (
      <section
        key="consultation"
        aria-labelledby="consultation-heading"
        className="rounded-lg border-2 border-brand p-5"
        data-section="consultation"
      >
        <h2 id="consultation-heading" className="text-2xl font-bold text-brand-strong">
          {t("consultation.heading")}
        </h2>
        <p className="mt-2">{t("consultation.text")}</p>
        <p className="mt-2" data-reason>
          <span className="font-semibold">{t("why")}</span> {t("consultation.reason")}
        </p>
        <p className="mt-2">{t("consultation.topic", { topic: label("CONSULTATION_TOPIC", result.topic) })}</p>
        <p className="mt-2 text-muted">{t("consultation.prefilled")}</p>
        <p className="mt-4">
          <NextLink
            href={consultation}
            className="inline-flex min-h-11 items-center justify-center rounded bg-brand px-5 py-2 font-semibold text-white no-underline hover:bg-brand-strong hover:text-white hover:underline"
            data-ask-sikc
          >
            {t("consultation.button")}
          </NextLink>
        </p>
      </section>
    ),
  };
  return <>{result.order.map((s) => sections[s])}</>;
}
