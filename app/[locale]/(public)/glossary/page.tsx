import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { GLOSSARY_TERMS, glossaryAnchor } from "@/lib/glossary/terms";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { otherLocale } from "@/lib/i18n/paths";
import { alternatesFor } from "@/lib/innovations/urls";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "glossary" });
  return { title: t("title"), description: t("lead"), alternates: alternatesFor("/glossary", locale) };
}

/** The portal's terms in plain words, each with its name in the other language. */
export default async function GlossaryPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  const other = otherLocale(locale);
  const [t, tOther] = await Promise.all([
    getTranslations("glossary"),
    getTranslations({ locale: other, namespace: "glossary" }),
  ]);
  return (
    <article className="max-w-3xl">
      <PageHeading title={t("title")} lead={t("lead")} />
      <nav aria-labelledby="glossary-contents">
        <h2 id="glossary-contents" className="sr-only">
          {t("contents")}
        </h2>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {GLOSSARY_TERMS.map((key) => (
            <li key={key}>
              <a href={`#${glossaryAnchor(key)}`}>{t(`terms.${key}.term`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <dl className="mt-8 space-y-6">
        {GLOSSARY_TERMS.map((key) => (
          <div key={key} id={glossaryAnchor(key)} className="scroll-mt-4 border-t border-line pt-4" data-term={key}>
            <dt className="text-xl font-bold text-brand-strong">{t(`terms.${key}.term`)}</dt>
            <dd className="mt-2 leading-relaxed">{t(`terms.${key}.definition`)}</dd>
            <dd className="mt-1 text-sm text-muted">
              {t("otherLanguage")} <span lang={other}>{tOther(`terms.${key}.term`)}</span>
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
