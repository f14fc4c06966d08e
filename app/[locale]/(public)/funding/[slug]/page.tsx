import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { PhaseBadge, callTimingText } from "@/components/funding/call-timing";
import { ExternalLink } from "@/components/ui/external-link";
import { Fact } from "@/components/ui/fact";
import { readCallDetails, sourceNumber, type Text } from "@/lib/funding/call-details";
import { callCalendarPath } from "@/lib/funding/feed-urls";
import { euro, percent } from "@/lib/funding/money";
import { getPublicCall } from "@/lib/funding/public-queries";
import { langAttr, localized } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/link";
import { routing, type Locale } from "@/lib/i18n/routing";
import { createLabeler } from "@/lib/innovations/labels";
import { getTermLabels } from "@/lib/innovations/queries";
import { alternatesFor } from "@/lib/innovations/urls";
import { site } from "@/lib/site";

/** The source documents whose names the messages know (funding.sourceNames). */
const KNOWN_SOURCES = new Set(["000", "001", "002", "003", "004"]);

type Props = { params: Promise<{ locale: string; slug: string }> };

async function resolve(params: Props["params"]): Promise<{ locale: Locale; slug: string }> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return { locale, slug };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await resolve(params);
  const call = await getPublicCall(slug);
  if (!call) return {};
  return {
    title: localized(call, "title", locale).text,
    description: localized(call, "summary", locale).text || undefined,
    alternates: {
      ...alternatesFor(`/funding/${call.slug}`, locale),
      types: { "text/calendar": [{ url: callCalendarPath(call.slug, locale), title: call.slug }] },
    },
  };
}

const lang = (text: Text, locale: Locale) => (text.lang === locale ? undefined : text.lang);

function TextList({ items, locale }: { items: Text[]; locale: Locale }) {
  return (
    <ul className="mt-2 list-disc space-y-1 pl-6">
      {items.map((item) => (
        <li key={item.text} lang={lang(item, locale)}>
          {item.text}
        </li>
      ))}
    </ul>
  );
}

export default async function CallPage({ params }: Props) {
  const { locale, slug } = await resolve(params);
  const call = await getPublicCall(slug);
  if (!call) notFound();
  const now = new Date();
  const [terms, t, f, format, timing] = await Promise.all([
    getTermLabels(),
    getTranslations("funding.detail"),
    getTranslations("funding"),
    getFormatter(),
    callTimingText(call, now),
  ]);
  const labels = createLabeler(terms, [], locale);
  const details = readCallDetails(call.details, locale);
  const title = localized(call, "title", locale);
  const summary = localized(call, "summary", locale);
  const money = (v: string | number) => euro(v, locale);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeStyle: "short" });
  const funder = call.funder?.publication === "PUBLISHED" ? call.funder : null;
  const programme = call.programme?.publication === "PUBLISHED" ? call.programme : null;
  const financing = details.financing;
  const sources = [...new Set(call.sourceRefs.map(sourceNumber))].filter((n) => n !== null && KNOWN_SOURCES.has(n));
  const hasDeadline = timing.timing.status !== "closed" && timing.timing.deadline !== null;
  const terms_ = (vocabulary: "ORGANISATION_TYPE" | "TARGET_GROUP" | "THEME", keys: string[]) =>
    keys.map((k) => labels.term(vocabulary, k).text).join(", ");

  return (
    <article>
      <nav aria-label={t("breadcrumbLabel")} className="mb-4 text-sm">
        <Link href="/funding">{t("breadcrumb")}</Link>
      </nav>
      <header className="mb-8">
        <p className="flex flex-wrap items-center gap-3">
          <PhaseBadge phase={timing.timing.phase} label={timing.phase} />
          <span data-timing>{timing.lines.join(" · ")}</span>
        </p>
        <h1
          lang={langAttr(title, locale)}
          className="mt-3 text-3xl font-bold tracking-tight text-brand-strong sm:text-4xl"
        >
          {title.text}
        </h1>
        {summary.text ? (
          <p lang={langAttr(summary, locale)} className="mt-3 max-w-3xl text-lg">
            {summary.text}
          </p>
        ) : null}
      </header>

      {call.isDemo ? (
        <p className="mb-8 max-w-3xl rounded border-l-4 border-accent bg-surface p-4" data-demo>
          {t("demo")}
        </p>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div>
          <section aria-labelledby="money-heading">
            <h2 id="money-heading" className="text-2xl font-bold text-brand-strong">
              {t("figures")}
            </h2>
            <dl className="mt-3" data-figures>
              {financing?.totalEur !== undefined ? (
                <Fact term={t("totalFunding")} id="totalFunding">
                  {money(financing.totalEur)}
                  {financing.esfPlusEur !== undefined && financing.stateBudgetEur !== undefined ? (
                    <span className="block text-sm text-muted">
                      {t("totalSplit", { esf: money(financing.esfPlusEur), state: money(financing.stateBudgetEur) })}
                    </span>
                  ) : null}
                </Fact>
              ) : null}
              {call.totalBudgetEur ? (
                <Fact
                  term={financing?.projectSelectionEur !== undefined ? t("forSelection") : t("totalBudget")}
                  id="totalBudget"
                >
                  {money(call.totalBudgetEur)}
                </Fact>
              ) : null}
              {call.maxPerProjectEur || call.minPerProjectEur ? (
                <Fact term={t("perProject")} id="perProject">
                  {call.minPerProjectEur && call.maxPerProjectEur
                    ? f("card.perProjectRange", {
                        min: money(call.minPerProjectEur),
                        max: money(call.maxPerProjectEur),
                      })
                    : call.maxPerProjectEur
                      ? f("card.perProjectUpTo", { max: money(call.maxPerProjectEur) })
                      : money(call.minPerProjectEur!)}
                  {details.stateAidRegime ? ` (${details.stateAidRegime})` : null}
                </Fact>
              ) : null}
              {call.aidIntensityPct ? (
                <Fact term={t("aidIntensity")} id="aidIntensity">
                  {t("aidIntensityValue", { pct: percent(call.aidIntensityPct, locale) })}
                  {details.aidIntensityNote ? (
                    <span className="block text-sm text-muted" lang={lang(details.aidIntensityNote, locale)}>
                      {details.aidIntensityNote.text}
                    </span>
                  ) : null}
                </Fact>
              ) : null}
              {call.advancePct ? (
                <Fact term={t("advance")} id="advance">
                  {t("advanceValue", { pct: percent(call.advancePct, locale) })}
                </Fact>
              ) : null}
              {details.constructionMaxPct !== undefined ? (
                <Fact term={t("constructionMax")}>
                  {t("constructionMaxValue", { pct: details.constructionMaxPct })}
                </Fact>
              ) : null}
              {details.eligibleCostsRef ? <Fact term={t("eligibleCosts")}>{details.eligibleCostsRef}</Fact> : null}
              {!call.totalBudgetEur && !call.maxPerProjectEur && !call.aidIntensityPct && !financing ? (
                <p className="py-2">{t("noFigures")}</p>
              ) : null}
            </dl>
          </section>

          <section aria-labelledby="dates-heading" className="mt-8">
            <h2 id="dates-heading" className="text-2xl font-bold text-brand-strong">
              {t("dates")}
            </h2>
            <dl className="mt-3">
              {call.opensAt ? <Fact term={t("opensAt")}>{date(call.opensAt)}</Fact> : null}
              {call.closesAt ? <Fact term={t("closesAt")}>{date(call.closesAt)}</Fact> : null}
              {timing.timing.schedule || details.submissionRhythm ? (
                <Fact term={t("submission")} id="submission">
                  {timing.timing.schedule ? f(`schedule.${timing.timing.schedule}`) : null}
                  {timing.timing.round ? (
                    <span className="block">
                      {f(timing.timing.status === "upcoming" ? "timing.firstRound" : "timing.round", {
                        start: format.dateTime(timing.timing.round.start, { dateStyle: "long" }),
                        end: format.dateTime(new Date(timing.timing.round.end.getTime() - 1), { dateStyle: "long" }),
                      })}
                    </span>
                  ) : null}
                  {details.submissionRhythm ? (
                    <span className="block text-sm text-muted" lang={lang(details.submissionRhythm, locale)}>
                      {details.submissionRhythm.text}
                    </span>
                  ) : null}
                </Fact>
              ) : null}
              {details.maxDurationMonths ? (
                <Fact term={t("duration")}>
                  {t("durationValue", { months: details.maxDurationMonths })}
                  {details.minPilotMonths ? `; ${t("pilotValue", { months: details.minPilotMonths })}` : null}
                </Fact>
              ) : null}
            </dl>
          </section>

          <section aria-labelledby="who-heading" className="mt-8">
            <h2 id="who-heading" className="text-2xl font-bold text-brand-strong">
              {t("who")}
            </h2>
            <dl className="mt-3">
              {call.eligibleApplicantTypes.length || details.eligibilityNote ? (
                <Fact term={t("applicants")}>
                  {terms_("ORGANISATION_TYPE", call.eligibleApplicantTypes)}
                  {details.eligibilityNote ? (
                    <span className="block text-sm" lang={lang(details.eligibilityNote, locale)}>
                      {details.eligibilityNote.text}
                    </span>
                  ) : null}
                </Fact>
              ) : null}
              {call.targetGroups.length || details.targetGroups ? (
                <Fact term={t("targetGroups")}>
                  {details.targetGroups ? (
                    <span lang={lang(details.targetGroups, locale)}>{details.targetGroups.text}</span>
                  ) : (
                    terms_("TARGET_GROUP", call.targetGroups)
                  )}
                </Fact>
              ) : null}
              {call.stages.length ? (
                <Fact term={t("stages")}>
                  <ul className="flex flex-wrap gap-x-4">
                    {call.stages.map((key) => {
                      const stage = labels.term("STAGE", key);
                      return (
                        <li key={key}>
                          <Link href={{ pathname: "/funding", query: { stage: key } }} lang={langAttr(stage, locale)}>
                            {stage.text}
                          </Link>
                        </li>
                      );
                    })}
                  </ul>
                </Fact>
              ) : null}
              {call.themes.length ? <Fact term={t("themes")}>{terms_("THEME", call.themes)}</Fact> : null}
            </dl>
          </section>

          {details.conditions.length ? (
            <section aria-labelledby="conditions-heading" className="mt-8">
              <h2 id="conditions-heading" className="text-2xl font-bold text-brand-strong">
                {t("conditions")}
              </h2>
              <TextList items={details.conditions} locale={locale} />
            </section>
          ) : null}
          {details.priorityThemes.length ? (
            <section aria-labelledby="priority-heading" className="mt-8">
              <h2 id="priority-heading" className="text-2xl font-bold text-brand-strong">
                {t("priorityThemes")}
              </h2>
              {details.priorityThemesNote ? (
                <p className="mt-2" lang={lang(details.priorityThemesNote, locale)}>
                  {details.priorityThemesNote.text}
                </p>
              ) : null}
              <TextList items={details.priorityThemes} locale={locale} />
            </section>
          ) : null}
          {details.supportedActivities.length ? (
            <section aria-labelledby="activities-heading" className="mt-8">
              <h2 id="activities-heading" className="text-2xl font-bold text-brand-strong">
                {t("activities")}
              </h2>
              <TextList items={details.supportedActivities} locale={locale} />
            </section>
          ) : null}
          {details.supportActivities.length ? (
            <section aria-labelledby="support-heading" className="mt-8">
              <h2 id="support-heading" className="text-2xl font-bold text-brand-strong">
                {t("support")}
              </h2>
              <TextList items={details.supportActivities} locale={locale} />
            </section>
          ) : null}
          {details.indicators.length ? (
            <section aria-labelledby="indicators-heading" className="mt-8">
              <h2 id="indicators-heading" className="text-2xl font-bold text-brand-strong">
                {t("indicators")}
              </h2>
              <table className="mt-3 w-full max-w-2xl border-collapse text-left">
                <thead>
                  <tr className="border-b-2 border-line">
                    <th scope="col" className="py-2 pr-4">
                      {t("indicatorLabel")}
                    </th>
                    <th scope="col" className="py-2 text-right">
                      {t("indicatorValue")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {details.indicators.map((i) => (
                    <tr key={i.label.text} className="border-b border-line">
                      <th scope="row" className="py-2 pr-4 font-normal" lang={lang(i.label, locale)}>
                        {i.label.text}
                      </th>
                      <td className="py-2 text-right">{format.number(i.value)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
          {details.outcome ? (
            <section aria-labelledby="outcome-heading" className="mt-8">
              <h2 id="outcome-heading" className="text-2xl font-bold text-brand-strong">
                {t("outcome")}
              </h2>
              <p className="mt-2" lang={lang(details.outcome, locale)}>
                {details.outcome.text}
              </p>
            </section>
          ) : null}
        </div>

        <aside className="space-y-6 self-start">
          <section aria-labelledby="apply-heading" className="rounded-lg border border-line bg-surface p-5">
            <h2 id="apply-heading" className="text-xl font-bold text-brand-strong">
              {t("apply")}
            </h2>
            <ul className="mt-3 space-y-3">
              {call.url ? (
                <li>
                  <ExternalLink href={call.url} className="font-semibold" data-call-link>
                    {t("callLink")}
                  </ExternalLink>
                </li>
              ) : null}
              {call.contactEmail ? (
                <li>
                  {t("contact")}: <a href={`mailto:${call.contactEmail}`}>{call.contactEmail}</a>
                </li>
              ) : null}
              {hasDeadline ? (
                <li>
                  <a href={callCalendarPath(call.slug, locale)} type="text/calendar" download data-calendar>
                    {timing.timing.round ? t("calendarRound") : t("calendar")}
                  </a>
                  <span className="block text-sm text-muted">{t("calendarHint")}</span>
                </li>
              ) : null}
            </ul>
            <p className="mt-4 border-t border-line pt-3">
              {t("consultation")}: <Link href="/consultations">{t("consultationLink")}</Link>{" "}
              <span className="text-sm">({site.email})</span>
            </p>
          </section>

          <dl className="text-sm">
            {programme ? (
              <Fact stacked term={t("programme")}>
                <Link
                  href={`/funding/programmes#${programme.slug}`}
                  lang={langAttr(localized(programme, "title", locale), locale)}
                >
                  {localized(programme, "title", locale).text}
                </Link>
              </Fact>
            ) : null}
            {funder ? (
              <Fact stacked term={t("funder")}>
                <Link href={`/organisations/${funder.slug}`}>{localized(funder, "name", locale).text}</Link>
              </Fact>
            ) : null}
            {call.callNumber || details.measureCode ? (
              <Fact stacked term={t("callNumber")}>
                {call.callNumber ?? details.measureCode}
              </Fact>
            ) : null}
            {details.projectNumber ? (
              <Fact stacked term={t("projectNumber")}>
                {details.projectNumber}
              </Fact>
            ) : null}
            {details.legalBasis ? (
              <Fact stacked term={t("legalBasis")}>
                {details.legalBasis.url ? (
                  <ExternalLink href={details.legalBasis.url}>
                    <span lang={lang(details.legalBasis.title, locale)}>{details.legalBasis.title.text}</span>
                  </ExternalLink>
                ) : (
                  <span lang={lang(details.legalBasis.title, locale)}>{details.legalBasis.title.text}</span>
                )}
              </Fact>
            ) : null}
            {details.documents.length ? (
              <Fact stacked term={t("documents")}>
                <ul>
                  {details.documents.map((doc) => (
                    <li key={doc.url}>
                      <ExternalLink href={doc.url}>
                        <span lang={lang(doc.title, locale)}>{doc.title.text}</span>
                      </ExternalLink>
                    </li>
                  ))}
                </ul>
              </Fact>
            ) : null}
            {sources.length ? (
              <Fact stacked term={t("sources")} id="sources">
                <ul>
                  {sources.map((n) => (
                    <li key={n}>{f(`sourceNames.${n as "000"}`)}</li>
                  ))}
                </ul>
              </Fact>
            ) : null}
          </dl>
        </aside>
      </div>
    </article>
  );
}
