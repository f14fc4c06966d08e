// A stakeholder's public page: what they do, the innovations they implement
// or support, and contact people who agreed to be shown.
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { langAttr, localized } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/link";
import { resolveLocale } from "@/lib/i18n/locale";
import { getPublicOrganisation } from "@/lib/organisations/public";
import { organisationTermOptions } from "@/lib/organisations/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const organisation = await getPublicOrganisation((await params).slug);
  if (!organisation) return {};
  const description = localized(organisation, "description", locale).text;
  return {
    title: localized(organisation, "name", locale).text,
    ...(description ? { description: description.slice(0, 200) } : {}),
  };
}

export default async function OrganisationPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const organisation = await getPublicOrganisation((await params).slug);
  if (!organisation) notFound();
  const [t, format, options] = await Promise.all([
    getTranslations("curation.directory"),
    getFormatter(),
    organisationTermOptions(locale),
  ]);
  const labels = (list: { value: string; label: string }[], keys: string[]) =>
    keys.map((k) => list.find((o) => o.value === k)?.label ?? k);
  const name = localized(organisation, "name", locale);
  const description = localized(organisation, "description", locale);
  const byRole = (role: "IMPLEMENTER" | "SUPPORTER") => organisation.innovations.filter((i) => i.role === role);
  const facts: [string, string[]][] = [
    [t("type"), labels(options.type, [organisation.type])],
    [t("roles"), labels(options.roles, organisation.roles)],
    [t("supportTypes"), labels(options.supportTypes, organisation.supportTypes)],
    [t("stagesCovered"), labels(options.stagesCovered, organisation.stagesCovered)],
    [
      t("location"),
      [
        ...labels(options.region, organisation.region ? [organisation.region] : []),
        ...labels(options.municipality, organisation.municipality ? [organisation.municipality] : []),
      ],
    ],
  ];

  return (
    <article>
      <p className="mb-2">
        <Link href="/organisations">← {t("back")}</Link>
      </p>
      <PageHeading title={<span lang={langAttr(name, locale)}>{name.text}</span>} />
      <div className="grid gap-8 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="org-about">
          <h2 id="org-about" className="text-xl font-semibold text-brand-strong">
            {t("about")}
          </h2>
          {description.text ? (
            <>
              {description.fallback ? <p className="mt-2 text-sm text-muted">{t("fallback")}</p> : null}
              <p className="mt-2 whitespace-pre-line" lang={langAttr(description, locale)}>
                {description.text}
              </p>
            </>
          ) : (
            <p className="mt-2 text-muted">{t("noDescription")}</p>
          )}
        </section>
        <dl className="space-y-3 rounded border border-line bg-surface p-4">
          {facts
            .filter(([, v]) => v.length > 0)
            .map(([k, v]) => (
              <div key={k}>
                <dt className="font-semibold">{k}</dt>
                <dd>{v.join(", ")}</dd>
              </div>
            ))}
          {organisation.website ? (
            <div>
              <dt className="font-semibold">{t("website")}</dt>
              <dd>
                <a href={organisation.website} rel="noopener noreferrer" className="break-all">
                  {organisation.website.replace(/^https?:\/\//, "")}
                </a>
              </dd>
            </div>
          ) : null}
          {organisation.publicEmails.length ? (
            <div>
              <dt className="font-semibold">{t("emails")}</dt>
              <dd>
                {organisation.publicEmails.map((e) => (
                  <a key={e} href={`mailto:${e}`} className="block break-all">
                    {e}
                  </a>
                ))}
              </dd>
            </div>
          ) : null}
        </dl>
      </div>
      {(["IMPLEMENTER", "SUPPORTER"] as const).map((role) =>
        byRole(role).length ? (
          <section key={role} aria-labelledby={`org-${role}`} className="mt-10">
            <h2 id={`org-${role}`} className="text-xl font-semibold text-brand-strong">
              {role === "IMPLEMENTER" ? t("implements") : t("supports")}
            </h2>
            <ul className="mt-3 grid gap-3 md:grid-cols-2">
              {byRole(role).map(({ innovation }) => {
                const title = localized(innovation, "title", locale);
                return (
                  <li key={innovation.slug} className="rounded border border-line p-3">
                    <Link
                      href={`/innovations/${innovation.slug}`}
                      lang={langAttr(title, locale)}
                      className="font-semibold"
                    >
                      {title.text}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null,
      )}
      {organisation.contacts.length ? (
        <section aria-labelledby="org-contacts" className="mt-10">
          <h2 id="org-contacts" className="text-xl font-semibold text-brand-strong">
            {t("contacts")}
          </h2>
          <ul className="mt-3 grid gap-3 md:grid-cols-2">
            {organisation.contacts.map((c) => {
              const position = localized(c, "position", locale);
              const expertise = localized(c, "expertise", locale);
              return (
                <li key={c.id} className="rounded border border-line p-3">
                  <p className="font-semibold">{c.name}</p>
                  {position.text ? <p lang={langAttr(position, locale)}>{position.text}</p> : null}
                  {expertise.text ? (
                    <p className="mt-1 text-sm text-muted" lang={langAttr(expertise, locale)}>
                      {expertise.text}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <p className="mt-10 text-sm text-muted">
        {t("updated", { date: format.dateTime(organisation.updatedAt, { dateStyle: "long" }) })}
      </p>
    </article>
  );
}
