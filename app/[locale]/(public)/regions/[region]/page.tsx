// One planning region's ecosystem, for a municipality or a planning region to
// see its own: figures, the organisations based there, the calls organisations
// there can apply for (only for the region, and open to the whole country), the
// innovations there, and the municipalities with their numbers.
import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CallList } from "@/components/funding/call-list";
import { PageHeading } from "@/components/ui/page-heading";
import { langAttr, localized } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/link";
import { resolveLocale } from "@/lib/i18n/locale";
import { localizedHref } from "@/lib/i18n/paths";
import { createLabeler } from "@/lib/innovations/labels";
import { getTermLabels } from "@/lib/innovations/queries";
import { alternatesFor } from "@/lib/innovations/urls";
import { questionPath } from "@/lib/navigator/flow";
import { organisationTermOptions } from "@/lib/organisations/queries";
import { isPlanningRegion, NATIONWIDE, NEIGHBOURS } from "@/lib/regions/planning-regions";
import { getRegionEcosystem } from "@/lib/regions/queries";

type Props = { params: Promise<{ locale: string; region: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [locale, { region }] = await Promise.all([resolveLocale(params), params]);
  if (!isPlanningRegion(region)) return {};
  const [t, terms] = await Promise.all([getTranslations({ locale, namespace: "ecosystem.regions" }), getTermLabels()]);
  const name = createLabeler(terms, [], locale).term("REGION", region).text;
  return {
    title: name,
    description: t("regionLead", { region: name }),
    alternates: alternatesFor(`/regions/${region}`, locale),
  };
}

const h2 = "text-2xl font-bold text-brand-strong";
const SUPPORT_ROLES = ["supporter", "funder"];

export default async function RegionPage({ params }: Props) {
  const [locale, { region }] = await Promise.all([resolveLocale(params), params]);
  if (!isPlanningRegion(region)) notFound();
  const now = new Date();
  const [t, terms, options, eco] = await Promise.all([
    getTranslations("ecosystem.regions"),
    getTermLabels(),
    organisationTermOptions(locale),
    getRegionEcosystem(region, locale, now),
  ]);
  const labels = createLabeler(terms, [], locale);
  const name = labels.term("REGION", region).text;
  const option = (list: { value: string; label: string }[], key: string) =>
    list.find((o) => o.value === key)?.label ?? key;
  const supporters = eco.organisations.filter((o) => o.roles.some((r) => SUPPORT_ROLES.includes(r)));
  const others = eco.organisations.filter((o) => !o.roles.some((r) => SUPPORT_ROLES.includes(r)));
  const callCount = eco.calls.local.length + eco.calls.nationwide.length;
  const figures = [
    {
      key: "organisations",
      n: eco.organisations.length,
      text: t("figureOrganisations", { count: eco.organisations.length }),
    },
    { key: "calls", n: callCount, text: t("figureCalls", { count: callCount }) },
    { key: "innovations", n: eco.innovations.total, text: t("figureInnovations", { count: eco.innovations.total }) },
  ];

  const organisationList = (list: typeof eco.organisations) => (
    <ul className="mt-3 grid gap-4 md:grid-cols-2">
      {list.map((o) => {
        const orgName = localized(o, "name", locale);
        return (
          <li key={o.slug} className="rounded border border-line p-4" data-slug={o.slug}>
            <h4 className="font-semibold">
              <NextLink href={localizedHref(`/organisations/${o.slug}`, locale)} lang={langAttr(orgName, locale)}>
                {orgName.text}
              </NextLink>
            </h4>
            <p className="mt-1 text-sm text-muted">
              {[option(options.type, o.type), o.municipality && labels.term("MUNICIPALITY", o.municipality).text]
                .filter(Boolean)
                .join(" · ")}
            </p>
            {o.supportTypes.length ? (
              <p className="mt-1 text-sm">
                {t("offers", { list: o.supportTypes.map((s) => option(options.supportTypes, s)).join(", ") })}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );

  return (
    <>
      <p className="mb-2">
        <Link href="/regions">← {t("allRegions")}</Link>
      </p>
      <PageHeading title={name} lead={t("regionLead", { region: name })} />

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="sr-only">
          {t("figures", { region: name })}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-3">
          {figures.map((f) => (
            <li key={f.key} className="rounded-lg border border-line bg-surface p-4" data-figure={f.key}>
              <span className="block text-3xl font-bold text-brand-strong">{f.n}</span> {f.text}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="next-heading" className="mt-8">
        <h2 id="next-heading" className={h2}>
          {t("nextHeading")}
        </h2>
        <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <Link href={`${questionPath("who")}?place=${region}`} data-navigator>
              {t("navigatorLink")}
            </Link>
          </li>
          <li>
            <Link href="/consultations">{t("consultationLink")}</Link>
          </li>
        </ul>
      </section>

      <section aria-labelledby="organisations-heading" className="mt-10" data-section="organisations">
        <h2 id="organisations-heading" className={h2}>
          {t("organisationsHeading")}
        </h2>
        {eco.organisations.length === 0 ? <p className="mt-3">{t("noOrganisations")}</p> : null}
        {supporters.length ? (
          <>
            <h3 className="mt-4 text-xl font-bold">{t("supporters")}</h3>
            {organisationList(supporters)}
          </>
        ) : null}
        {others.length ? (
          <>
            <h3 className="mt-6 text-xl font-bold">{t("others")}</h3>
            {organisationList(others)}
          </>
        ) : null}
        <p className="mt-4">
          {t("nationwideSupporters", { count: eco.nationwideSupporters })}{" "}
          <Link href={{ pathname: "/organisations", query: { region: NATIONWIDE, role: "supporter" } }}>
            {t("nationwideLink")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="calls-heading" className="mt-10" data-section="calls">
        <h2 id="calls-heading" className={h2}>
          {t("callsHeading")}
        </h2>
        <h3 className="mt-4 text-xl font-bold">{t("localCalls")}</h3>
        <div className="mt-3" data-calls-local>
          {eco.calls.local.length ? (
            <CallList calls={eco.calls.local} labels={labels} locale={locale} now={now} headingLevel={4} />
          ) : (
            <p>{t("noLocalCalls")}</p>
          )}
        </div>
        <h3 className="mt-6 text-xl font-bold">{t("nationwideCallsHeading")}</h3>
        <div className="mt-3" data-calls-nationwide>
          {eco.calls.nationwide.length ? (
            <CallList calls={eco.calls.nationwide} labels={labels} locale={locale} now={now} headingLevel={4} />
          ) : (
            <p>{t("noNationwideCalls")}</p>
          )}
        </div>
      </section>

      <section aria-labelledby="innovations-heading" className="mt-10" data-section="innovations">
        <h2 id="innovations-heading" className={h2}>
          {t("innovationsHeading")}
        </h2>
        {eco.innovations.total === 0 ? (
          <p className="mt-3">
            {t("noInnovations")} <Link href="/submit">{t("submit")}</Link>
          </p>
        ) : (
          <>
            <ul className="mt-3 grid gap-4 md:grid-cols-2">
              {eco.innovations.shown.map((i) => {
                const title = localized(i, "title", locale);
                return (
                  <li key={i.slug} className="rounded border border-line p-4" data-slug={i.slug}>
                    <h3 className="font-semibold">
                      <NextLink href={localizedHref(`/innovations/${i.slug}`, locale)} lang={langAttr(title, locale)}>
                        {title.text}
                      </NextLink>
                    </h3>
                    <p className="mt-1 text-sm text-muted">
                      {[
                        labels.term("STAGE", i.stage).text,
                        i.municipality && labels.term("MUNICIPALITY", i.municipality).text,
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </p>
                  </li>
                );
              })}
            </ul>
            <p className="mt-4">
              <Link href={{ pathname: "/innovations", query: { region } }}>
                {t("innovationsAll", { count: eco.innovations.total })}
              </Link>
            </p>
          </>
        )}
      </section>

      <section aria-labelledby="municipalities-heading" className="mt-10" data-section="municipalities">
        <h2 id="municipalities-heading" className={h2}>
          {t("municipalitiesHeading")}
        </h2>
        <table className="mt-3 w-full max-w-2xl border-collapse text-left">
          <caption className="sr-only">{t("municipalitiesCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-brand">
              <th scope="col" className="py-2 pr-4">
                {t("municipality")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t("organisations")}
              </th>
              <th scope="col" className="py-2 text-right">
                {t("innovations")}
              </th>
            </tr>
          </thead>
          <tbody>
            {eco.municipalities.map((m) => (
              <tr key={m.key} className="border-b border-line" data-municipality={m.key}>
                <th scope="row" className="py-2 pr-4 font-normal">
                  {locale === "en" ? m.labelEn : m.labelLv}
                </th>
                <td className="py-2 pr-4 text-right">{m.organisations}</td>
                <td className="py-2 text-right">{m.innovations}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="neighbours-heading" className="mt-10">
        <h2 id="neighbours-heading" className={h2}>
          {t("neighboursHeading")}
        </h2>
        <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          {NEIGHBOURS[region].map((n) => (
            <li key={n}>
              <Link href={`/regions/${n}`}>{labels.term("REGION", n).text}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
