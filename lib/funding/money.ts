import type { Locale } from "@/lib/i18n/routing";

/** "12 002 272 €" / "€12,002,272": whole euros without cents, cents when there are any. */
export function euro(amount: string | number, locale: Locale): string {
  const value = Number(amount);
  return new Intl.NumberFormat(locale === "lv" ? "lv-LV" : "en-GB", {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: Number.isInteger(value) ? 0 : 2,
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
  }).format(value);
}

/** "100", "12.5" / "12,5": a percentage without trailing zeros. */
export function percent(value: string | number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "lv" ? "lv-LV" : "en-GB", { maximumFractionDigits: 2 }).format(Number(value));
}
