import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { RouteFocus } from "@/components/layout/route-focus";
import { SkipLink } from "@/components/layout/skip-link";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";

export default async function PublicLayout({ children, params }: LocaleParams & { children: ReactNode }) {
  await resolveLocale(params);
  const t = await getTranslations("Layout");
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink label={t("skipLink")} />
      <SiteHeader />
      {/* tabIndex lets the skip link move keyboard focus here, not just scroll. */}
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:py-10">
        {children}
      </main>
      <SiteFooter />
      <RouteFocus />
    </div>
  );
}
