import type { Metadata } from "next";
import { Fragment } from "react";
import { getTranslations } from "next-intl/server";
import { PhaseBadge, callTimingText } from "@/components/funding/call-timing";
import { ExternalLink } from "@/components/ui/external-link";
import { PageHeading } from "@/components/ui/page-heading";
import { getPublicProgrammes, type PublicProgramme } from "@/lib/funding/public-queries";
import { PROGRAMME_KINDS } from "@/lib/funding/kinds";
import { langAttr, localized } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/link";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import type { Locale } from "@/lib/i18n/routing";
import { createLabeler } from "@/lib/innovations/labels";
import { getTermLabels } from "@/lib/innovations/queries";
import { alternatesFor } from "@/lib/innovations/urls";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "funding.programmes" });
  return { title: t("title"), description: t("lead"), alternates: alternatesFor("/funding/programmes", locale) };
}

type Org = PublicProgramme["funder"];

function OrgLink({ org, locale }: { org: Org; locale: Locale }) {
  if (!org || org.publication !== "PUBLISHED") return null;
  const name = localized(org, "name", locale);
  return (
    <Link href={`/organisations/${org.slug}`} lang={langAttr(name, locale)}>
      {name.text}
    </Link>
  );
}

export default async function ProgrammesPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  const now = new Date();
  const [programmes, terms, t, f] = await Promise.all([
    getPublicProgrammes(),
    getTermLabels(),
    getTranslations("funding.programmes"),
    getTranslations("funding"),
  ]);
  const labels = createLabeler(terms, [], locale);
  const kinds = PROGRAMME_KINDS.filter((kind) => programmes.some((p) => p.kind === kind));
  const timings = new Map(
    await Promise.all(
      programmes.flatMap((p) => p.calls).map(async (c) => [c.slug, await callTimingText(c, now)] as const),
    ),
  );

  return (
    <>
      <nav aria-label={f("detail.breadcrumbLabel")} className="mb-4 text-sm">
        <Link href="/funding">{f("detail.breadcrumb")}</Link>
      </nav>
      <PageHeading title={t("title")} lead={t("lead")} />
      <nav aria-labelledby="kinds-heading" className="mb-8">
        <h2 id="kinds-heading" className="sr-only">
          {t("title")}
        </h2>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {kinds.map((kind) => (
            <li key={kind}>
              <a href={`#kind-${kind}`}>{t(`kinds.${kind}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {kinds.map((kind) => (
        <section key={kind} aria-labelledby={`kind-${kind}`} className="mt-10">
          <h2 id={`kind-${kind}`} className="text-2xl font-bold text-brand-strong">
            {t(`kinds.${kind}`)}
          </h2>
          <ul className="mt-4 space-y-6">
            {programmes
              .filter((p) => p.kind === kind)
              .map((p) => {
                const title = localized(p, "title", locale);
                const summary = localized(p, "summary", locale);
                const url = locale === "lv" ? (p.urlLv ?? p.url) : (p.url ?? p.urlLv);
                return (
                  <li
                    key={p.slug}
                    id={p.slug}
                    className="scroll-mt-4 rounded-lg border border-line p-5"
                    data-programme={p.slug}
                  >
                    <h3 className="text-xl font-bold" lang={langAttr(title, locale)}>
                      {title.text}
                    </h3>
                    {p.isDemo ? <p className="text-sm text-muted">{t("demo")}</p> : null}
                    {summary.text ? (
                      <p className="mt-2 max-w-3xl" lang={langAttr(summary, locale)}>
                        {summary.text}
                      </p>
                    ) : null}
                    <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                      {p.period ? (
                        <>
                          <dt className="font-semibold">{t("period")}</dt>
                          <dd>{p.period}</dd>
                        </>
                      ) : null}
                      {p.themes.length ? (
                        <>
                          <dt className="font-semibold">{t("themes")}</dt>
                          <dd>{p.themes.map((k) => labels.term("THEME", k).text).join(", ")}</dd>
                        </>
                      ) : null}
                      {(
                        [
                          ["funder", p.funder],
                          ["operator", p.operator],
                          ["managingAuthority", p.managingAuthority],
                        ] as const
                      ).map(([role, org]) =>
                        org?.publication === "PUBLISHED" ? (
                          <Fragment key={role}>
                            <dt className="font-semibold">{t(role)}</dt>
                            <dd>
                              <OrgLink org={org} locale={locale} />
                            </dd>
                          </Fragment>
                        ) : null,
                      )}
                      {url ? (
                        <>
                          <dt className="font-semibold">{t("website")}</dt>
                          <dd>
                            <ExternalLink href={url}>{new URL(url).host}</ExternalLink>
                          </dd>
                        </>
                      ) : null}
                    </dl>
                    <h4 className="mt-4 font-bold">{t("calls")}</h4>
                    {p.calls.length ? (
                      <ul className="mt-2 space-y-2">
                        {p.calls.map((c) => {
                          const callTitle = localized(c, "title", locale);
                          const timing = timings.get(c.slug)!;
                          return (
                            <li key={c.slug} className="flex flex-wrap items-baseline gap-2">
                              <PhaseBadge phase={timing.timing.phase} label={timing.phase} />
                              <Link href={`/funding/${c.slug}`} lang={langAttr(callTitle, locale)}>
                                {callTitle.text}
                              </Link>
                            </li>
                          );
                        })}
                      </ul>
                    ) : (
                      <p className="mt-2 text-sm text-muted">{t("noCalls")}</p>
                    )}
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </>
  );
}
