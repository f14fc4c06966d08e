import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { formatRigaShort } from "@/lib/time/riga";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/link";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { listDevMail } from "@/lib/mail/dev-mailbox";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "inbox.mail" });
  return { title: t("title"), robots: { index: false } };
}

// Only while mail goes to files (no SMTP_URL): with a real mail server there is nothing to list.
export const dynamic = "force-dynamic";

export default async function DevMailPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  await requirePagePermission(locale, "consultations:manage", "/admin/mail");
  if (env.SMTP_URL) notFound();
  const [t, mails] = await Promise.all([getTranslations("inbox.mail"), listDevMail(200)]);
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      {mails.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm" data-testid="mail-table">
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="px-2 py-2">
                  {t("date")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("subject")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("to")}
                </th>
                <th scope="col" className="px-2 py-2">
                  {t("tag")}
                </th>
              </tr>
            </thead>
            <tbody>
              {mails.map((m) => (
                <tr key={m.file} className="border-b border-line align-top">
                  <td className="px-2 py-2 whitespace-nowrap">
                    {Number.isNaN(m.date.getTime()) ? "—" : formatRigaShort(m.date, locale)}
                  </td>
                  <th scope="row" className="px-2 py-2 font-normal">
                    <Link
                      href={`/admin/mail/${encodeURIComponent(m.file.replace(/\.eml$/, ""))}`}
                      aria-label={t("open", { subject: m.subject })}
                    >
                      {m.subject || "—"}
                    </Link>
                  </th>
                  <td className="px-2 py-2 break-all">{m.to}</td>
                  <td className="px-2 py-2">{m.tag ?? "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
