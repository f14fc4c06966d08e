import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { langAttr, type LocalizedText } from "@/lib/i18n/content";
import type { InnovationDetail } from "@/lib/innovations/queries";
import type { Labeler } from "@/lib/innovations/labels";
import { Link } from "@/lib/i18n/link";
import type { Locale } from "@/lib/i18n/routing";

type Props = { innovation: InnovationDetail; labels: Labeler; locale: Locale };

/** Status, years, themes, target groups and place, each term a link to the list filtered by it. */
export async function Facts({ innovation, labels, locale }: Props) {
  const t = await getTranslations("innovations.detail");
  const format = await getFormatter();
  const { startYear: start, endYear: end } = innovation;
  const years =
    start && end
      ? t("yearsRange", { start, end })
      : start
        ? t("yearsFrom", { start })
        : end
          ? t("yearsUntil", { end })
          : null;
  const text = (label: LocalizedText) => <span lang={langAttr(label, locale)}>{label.text}</span>;
  const filterLink = (facet: string, key: string, label: LocalizedText) => (
    <Link href={{ pathname: "/innovations", query: { [facet]: key } }}>{text(label)}</Link>
  );
  const list = (items: ReactNode[]) => (
    <ul className="flex flex-wrap gap-x-3 gap-y-1">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
  let country: string = innovation.country;
  try {
    country = new Intl.DisplayNames([locale], { type: "region" }).of(innovation.country) ?? innovation.country;
  } catch {
    // Not an ISO code (bad data): show it as stored.
  }
  const rows: [string, ReactNode][] = [
    [t("status"), filterLink("status", innovation.status, labels.term("STATUS", innovation.status))],
    [t("years"), years ?? <span className="text-muted">{t("notSpecified")}</span>],
    [t("themes"), list(innovation.themes.map((k) => filterLink("theme", k, labels.term("THEME", k))))],
    [
      t("targetGroups"),
      list(innovation.targetGroups.map((k) => filterLink("targetGroup", k, labels.term("TARGET_GROUP", k)))),
    ],
    [
      t("region"),
      innovation.region ? (
        filterLink("region", innovation.region, labels.term("REGION", innovation.region))
      ) : (
        <span className="text-muted">{t("notSpecified")}</span>
      ),
    ],
    ...(innovation.municipality
      ? ([[t("municipality"), text(labels.term("MUNICIPALITY", innovation.municipality))]] as [string, ReactNode][])
      : []),
    [t("country"), country],
  ];
  return (
    <section aria-labelledby="facts-heading" className="rounded-lg border border-line bg-surface p-5">
      <h2 id="facts-heading" className="text-xl font-bold text-brand-strong">
        {t("facts")}
      </h2>
      <dl className="mt-3 space-y-3">
        {rows
          .filter(([, value]) => !(Array.isArray(value) && value.length === 0))
          .map(([term, value]) => (
            <div key={term}>
              <dt className="font-semibold">{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <p className="mt-4 text-sm text-muted">
        {t("lastUpdated", { date: format.dateTime(new Date(innovation.updatedAt), { dateStyle: "long" }) })}
      </p>
    </section>
  );
}
