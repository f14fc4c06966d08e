import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { langAttr, type LocalizedText } from "@/lib/i18n/content";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

export type InnovationCardData = {
  slug: string;
  title: LocalizedText;
  summary: LocalizedText;
  stage: LocalizedText | null;
  region?: LocalizedText | null;
  themes?: { key: string; label: LocalizedText }[];
};

/** The card's own words (the names of its described-list terms). */
export type InnovationCardTerms = { stage: string; region: string; themes: string };

/** `lang` as a spreadable prop: absent, not undefined, so it is not serialized into the RSC payload. */
const langProp = (text: LocalizedText, locale: Locale) => {
  const lang = langAttr(text, locale);
  return lang ? { lang } : {};
};

export async function innovationCardTerms(): Promise<InnovationCardTerms> {
  const t = await getTranslations("innovations.search.card");
  return { stage: t("stage"), region: t("region"), themes: t("themes") };
}

/**
 * The one card every list of innovations uses (search results, related
 * innovations, featured on the home page): title link, summary, then stage,
 * region and themes as a described list. The caller renders the <li>, with the
 * class "innovation-card" (app/globals.css), which styles the card's elements.
 */
export async function InnovationCard({ innovation, locale }: { innovation: InnovationCardData; locale: Locale }) {
  return <InnovationCardContent innovation={innovation} locale={locale} terms={await innovationCardTerms()} />;
}

/**
 * The card without data fetching: a list of many cards (the search page)
 * reads the terms once and renders these synchronously, which keeps each
 * card to its elements (no async component or lazy payload row per card).
 */
export function InnovationCardContent({
  innovation,
  locale,
  terms,
}: {
  innovation: InnovationCardData;
  locale: Locale;
  terms: InnovationCardTerms;
}) {
  const { slug, title, summary, stage, region, themes = [] } = innovation;
  // One text node when no theme label needs its own lang (the usual case).
  const themesMixed = themes.some(({ label }) => langAttr(label, locale));
  return (
    <>
      <h3>
        <NextLink href={localizedHref(`/innovations/${slug}`, locale)} {...langProp(title, locale)}>
          {title.text}
        </NextLink>
      </h3>
      {summary.text ? <p {...langProp(summary, locale)}>{summary.text}</p> : null}
      <dl>
        {stage ? (
          <div>
            <dt className="sr-only">{terms.stage}</dt>
            <dd className="stage" {...langProp(stage, locale)}>
              {stage.text}
            </dd>
          </div>
        ) : null}
        {region ? (
          <div>
            <dt>{`${terms.region}:`}</dt>
            <dd {...langProp(region, locale)}>{region.text}</dd>
          </div>
        ) : null}
        {themes.length ? (
          <div>
            <dt>{`${terms.themes}:`}</dt>
            <dd>
              {themesMixed
                ? themes.map(({ key, label }, i) => (
                    <span key={key} {...langProp(label, locale)}>
                      {i > 0 ? `, ${label.text}` : label.text}
                    </span>
                  ))
                : themes.map(({ label }) => label.text).join(", ")}
            </dd>
          </div>
        ) : null}
      </dl>
    </>
  );
}
