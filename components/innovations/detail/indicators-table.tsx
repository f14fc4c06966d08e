import { getTranslations } from "next-intl/server";
import { Table } from "@/components/ui/table";
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
      <Table
        className="mt-4"
        caption={t("indicatorsCaption", { title: title.text })}
        captionHidden
        rows={indicators}
        rowKey={(indicator) => indicator.id}
        columns={[
          {
            key: "indicator",
            header: t("indicator"),
            rowHeader: true,
            cell: (indicator) => {
              const label = localized(indicator, "label", locale);
              return <span lang={langAttr(label, locale)}>{label.text}</span>;
            },
          },
          {
            key: "value",
            header: t("value"),
            className: "text-right whitespace-nowrap",
            cell: (indicator) => formatValue(indicator.value, indicator.unit),
          },
          { key: "year", header: t("year"), cell: (indicator) => indicator.year ?? "–" },
        ]}
      />
    </section>
  );
}
