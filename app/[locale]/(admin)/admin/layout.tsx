import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { requirePagePermission } from "@/lib/auth/guard";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { SessionKeepAlive } from "./_components/session-keep-alive";
import { SignOutButton } from "./_components/sign-out-button";

// Redirects anonymous visitors to sign-in. This is convenience, not security:
// every action and handler behind these pages calls requireRole itself.
export default async function AdminLayout({ children, params }: LocaleParams & { children: ReactNode }) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "staff");
  const t = await getTranslations("admin");
  // Staff pages use client-side translations; public pages ship none.
  return (
    <NextIntlClientProvider>
      <SessionKeepAlive>
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 rounded bg-brand px-4 py-3 font-semibold text-white">
          {t("skipLink")}
        </a>
        <header className="border-b border-line bg-surface">
          <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
            <p className="font-semibold text-brand-strong">{t("areaName")}</p>
            <div className="flex items-center gap-4">
              <span className="text-muted">{user.name ?? user.email} · {t(`roles.${user.role}`)}</span>
              <SignOutButton />
            </div>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-8">
          {children}
        </main>
      </SessionKeepAlive>
    </NextIntlClientProvider>
  );
}
