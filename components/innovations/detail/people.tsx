import { getTranslations } from "next-intl/server";
import { localized, langAttr } from "@/lib/i18n/content";
import type { InnovationDetail } from "@/lib/innovations/queries";
import type { Labeler } from "@/lib/innovations/labels";
import { Link } from "@/lib/i18n/link";
import type { Locale } from "@/lib/i18n/routing";

type Organisation = InnovationDetail["organisations"][number]["organisation"];
type Props = { innovation: InnovationDetail; labels: Labeler; locale: Locale };

function OrganisationName({ organisation, locale }: { organisation: Organisation; locale: Locale }) {
  const name = localized(organisation, "name", locale);
  // Only published directory entries have a page to link to.
  return organisation.publication === "PUBLISHED" ? (
    <Link href={`/organisations/${organisation.slug}`} lang={langAttr(name, locale)}>
      {name.text}
    </Link>
  ) : (
    <span lang={langAttr(name, locale)}>{name.text}</span>
  );
}

/** Implementers, supporters and publicly shown experts, each linked to the directory. */
export async function People({ innovation, labels, locale }: Props) {
  const t = await getTranslations("innovations.detail");
  const byRole = (role: "IMPLEMENTER" | "SUPPORTER") =>
    innovation.organisations.filter((o) => o.role === role).map((o) => o.organisation);
  const groups = [
    { key: "implementers", organisations: byRole("IMPLEMENTER") },
    { key: "supporters", organisations: byRole("SUPPORTER") },
  ] as const;
  if (groups.every((g) => g.organisations.length === 0) && innovation.experts.length === 0) return null;
  return (
    <div className="mt-10 grid gap-8 md:grid-cols-3">
      {groups.map(({ key, organisations }) =>
        organisations.length ? (
          <section key={key} aria-labelledby={`${key}-heading`} data-organisations={key}>
            <h2 id={`${key}-heading`} className="text-xl font-bold text-brand-strong">
              {t(key)}
            </h2>
            <ul className="mt-2 space-y-2">
              {organisations.map((organisation) => {
                const type = labels.term("ORGANISATION_TYPE", organisation.type);
                return (
                  <li key={organisation.slug}>
                    <OrganisationName organisation={organisation} locale={locale} />
                    <span className="block text-sm text-muted" lang={langAttr(type, locale)}>
                      {type.text}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null,
      )}
      {innovation.experts.length ? (
        <section aria-labelledby="experts-heading">
          <h2 id="experts-heading" className="text-xl font-bold text-brand-strong">
            {t("experts")}
          </h2>
          <ul className="mt-2 space-y-2">
            {innovation.experts.map(({ contact, ...expert }) => {
              const role = localized(expert, "role", locale);
              const position = localized(contact, "position", locale);
              return (
                <li key={contact.id}>
                  <span className="font-semibold">{contact.name}</span>
                  {role.text || position.text ? (
                    <span className="block text-sm" lang={langAttr(role.text ? role : position, locale)}>
                      {role.text || position.text}
                    </span>
                  ) : null}
                  {contact.organisation ? (
                    <span className="block text-sm">
                      <OrganisationName organisation={contact.organisation} locale={locale} />
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
