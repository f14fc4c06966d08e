import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import "../globals.css";

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    title: { template: t("titleTemplate"), default: t("defaultTitle") },
    description: t("description"),
    applicationName: t("siteName"),
    metadataBase: new URL(env.PUBLIC_URL),
    openGraph: {
      siteName: t("siteName"),
      images: [{ url: "/images/share.png", width: 1200, height: 630, alt: t("siteName") }],
    },
  };
}

export default async function LocaleLayout({ children, params }: LocaleParams & { children: ReactNode }) {
  const locale = await resolveLocale(params);
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
