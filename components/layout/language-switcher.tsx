"use client";

import NextLink from "next/link";
import { useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Suspense } from "react";
import { usePathname } from "@/lib/i18n/navigation";
import { localizedHref, otherLocale } from "@/lib/i18n/paths";

/** Offers the same page in the other language, query string included. */
export function LanguageSwitcher() {
  const t = useTranslations("LanguageSwitcher");
  return (
    <nav aria-label={t("navLabel")}>
      {/* Statically rendered pages know the query only in the browser. */}
      <Suspense fallback={<SwitchLink search="" />}>
        <SwitchLinkWithQuery />
      </Suspense>
    </nav>
  );
}

function SwitchLinkWithQuery() {
  const search = useSearchParams();
  return <SwitchLink search={search.toString()} />;
}

function SwitchLink({ search }: { search: string }) {
  const t = useTranslations("LanguageSwitcher");
  const pathname = usePathname();
  const target = otherLocale(useLocale());
  return (
    <NextLink
      href={localizedHref(pathname, target, search)}
      lang={target}
      hrefLang={target}
      className="inline-flex min-h-11 items-center rounded border-2 border-brand px-3 font-semibold text-brand no-underline hover:bg-surface hover:underline"
    >
      {t("label")}
    </NextLink>
  );
}
