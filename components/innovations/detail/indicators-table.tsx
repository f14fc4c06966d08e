import { getTranslations } from "next-intl/server";
import { localized, type LocalizedText, langAttr } from "@/lib/i18n/content";
import type { InnovationDetail } from "@/lib/innovations/queries";
import type { Locale } from "@/lib/i18n/routing";

const UNIT_KEYS = {
  count: "count",
  "%": "percent",
  EUR: "eur",
  year: "year",
  years: "years",
  "days per year": "daysPerYear",
  persons: "persons",
} as const;

type Props = { indicators: InnovationDetail["indicators"]; title: LocalizedText; locale: Locale };

export async function IndicatorsTable({ indicators, title, locale }: Props) {
  if (indicators.length === 0) return null;
  const t = await getTranslations("innovations.detail");
  const number = new Intl.NumberFormat(locale === "lv" ? "lv-LV" : "en-GB", { maximumFractionDigits: 2 });
  const formatValue = (value: string | null, unit: string | null): string => {
    if (value === null) return "–";
    // Years are identifiers, not quantities: no thousands separator.
    const shown = unit === "year" ? value.replace(/\.0+$/, "") : number.format(Number(value));
    const key = unit ? UNIT_KEYS[unit as keyof typeof UNIT_KEYS] : "count";
    return key ? t(`units.${key}`, { value: shown }) : `${shown} ${unit}`;
  };
  return (
    <section aria-labelledby="indicators-heading" className="mt-10">
      <h2 id="indicators-heading" className="text-2xl font-bold text-brand-strong">
        {t("indicators")}
      </h2>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">{t("indicatorsCaption", { title: title.text })}</caption>
          <thead>
            <tr className="border-b-2 border-brand">
              <th scope="col" className="py-2 pr-4">
                {t("indicator")}
              </th>
              <th scope="col" className="py-2 pr-4 text-right">
                {t("value")}
              </th>
              <th scope="col" className="py-2">
                {t("year")}
              </th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => {
              const label = localized(indicator, "label", locale);
              return (
                <tr key={indicator.id} className="border-b border-line align-top">
                  <th scope="row" className="py-2 pr-4 font-normal" lang={langAttr(label, locale)}>
                    {label.text}
                  </th>
                  <td className="py-2 pr-4 text-right whitespace-nowrap">
                    {formatValue(indicator.value, indicator.unit)}
                  </td>
                  <td className="py-2">{indicator.year ?? "–"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
