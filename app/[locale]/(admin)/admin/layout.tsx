import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AdminNav, type AdminNavGroup } from "@/components/admin/admin-nav";
import { RouteFocus } from "@/components/layout/route-focus";
import { ADMIN_SECTION_GROUPS } from "@/lib/admin/sections";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { env } from "@/lib/env";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { SessionKeepAlive } from "./_components/session-keep-alive";
import { SignOutButton } from "./_components/sign-out-button";

// Redirects anonymous visitors to sign-in. This is convenience, not security:
// every action and handler behind these pages calls requireRole itself.
export default async function AdminLayout({ children, params }: LocaleParams & { children: ReactNode }) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "staff");
  const t = await getTranslations("admin");
  const groups: AdminNavGroup[] = ADMIN_SECTION_GROUPS.map((group) => ({
    key: group.key,
    label: t(`sectionGroups.${group.key}` as "sectionGroups.overview"),
    items: group.sections
      .filter((s) => can(user.role, s.permission) && !(s.mailFilesOnly && env.SMTP_URL))
      .map((s) => ({
        path: s.path,
        href: localizedHref(s.path, locale),
        label: t(`sections.${s.key}` as "sections.dashboard"),
      })),
  })).filter((group) => group.items.length > 0);
  // Staff pages use client-side translations; public pages ship none.
  return (
    <NextIntlClientProvider>
      <SessionKeepAlive>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 rounded bg-brand px-4 py-3 font-semibold text-white"
        >
          {t("skipLink")}
        </a>
        <header className="border-b border-line bg-surface">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
            <p className="font-semibold text-brand-strong">{t("areaName")}</p>
            <div className="flex items-center gap-4">
              <span className="text-muted">
                {user.name ?? user.email} · {t(`roles.${user.role}`)}
              </span>
              <SignOutButton />
            </div>
          </div>
        </header>
        <div className="mx-auto flex w-full max-w-7xl flex-col gap-6 px-4 py-6 md:flex-row">
          <aside className="md:w-52 md:shrink-0">
            <AdminNav label={t("nav")} groups={groups} />
          </aside>
          <main id="main" tabIndex={-1} className="min-w-0 flex-1">
            {children}
          </main>
        </div>
        <RouteFocus />
      </SessionKeepAlive>
    </NextIntlClientProvider>
  );
}
