import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { loadDashboard } from "@/lib/dashboard/queries";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import {
  ClosingCallsCard,
  ConsultationsCard,
  SearchCard,
  StaleCard,
  SubmissionsCard,
} from "./_components/dashboard-cards";
import { SignOutEverywhere } from "./_components/sign-out-everywhere";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "admin.dashboard" });
  return { title: t("title"), robots: { index: false } };
}

// The staff member's starting point: what is waiting, then the session controls.
export default async function AdminDashboardPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  const user = await requirePagePermission(locale, "staff");
  const [t, td, data] = await Promise.all([
    getTranslations("admin"),
    getTranslations("audit.dashboard"),
    loadDashboard(user.role),
  ]);
  return (
    <>
      <PageHeading title={t("dashboard.title")} lead={t("dashboard.signedInAs", { name: user.name ?? user.email })} />
      <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t("dashboard.email")}</dt>
        <dd>{user.email}</dd>
        <dt className="font-semibold">{t("dashboard.role")}</dt>
        <dd data-testid="current-role">{t(`roles.${user.role}`)}</dd>
      </dl>
      <p className="mt-6 max-w-3xl text-muted">{td("lead")}</p>
      <div className="mt-4 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        <SubmissionsCard data={data.submissions} />
        {data.consultations ? <ConsultationsCard data={data.consultations} /> : null}
        <ClosingCallsCard calls={data.closingCalls} locale={locale} />
        <StaleCard counts={data.stale} />
        <SearchCard status={data.search} />
      </div>
      <section aria-labelledby="session-heading" className="mt-10 max-w-2xl">
        <h2 id="session-heading" className="text-xl font-semibold text-brand-strong">
          {t("session.heading")}
        </h2>
        <p className="mt-2 text-muted">{t("session.signOutEverywhereHint")}</p>
        <SignOutEverywhere />
      </section>
    </>
  );
}
