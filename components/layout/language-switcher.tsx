import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import type { Locale } from "@/lib/i18n/routing";
import { otherLocale } from "@/lib/i18n/paths";
import { SwitchLink, SwitchLinkWithQuery } from "./switch-link";

/** Offers the same page in the other language, query string included. */
export async function LanguageSwitcher() {
  const [t, locale] = await Promise.all([getTranslations("LanguageSwitcher"), getLocale()]);
  const link = { target: otherLocale(locale as Locale), label: t("label") };
  return (
    <nav aria-label={t("navLabel")}>
      {/* Statically rendered pages know the query only in the browser. */}
      <Suspense fallback={<SwitchLink {...link} search="" />}>
        <SwitchLinkWithQuery {...link} />
      </Suspense>
    </nav>
  );
}
