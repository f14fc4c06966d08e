import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { Table } from "@/components/ui/table";
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
      <Table
        caption={t("caption")}
        captionHidden
        testId="mail-table"
        empty={t("empty")}
        rows={mails}
        rowKey={(m) => m.file}
        columns={[
          {
            key: "date",
            header: t("date"),
            className: "whitespace-nowrap",
            cell: (m) => (Number.isNaN(m.date.getTime()) ? "—" : formatRigaShort(m.date, locale)),
          },
          {
            key: "subject",
            header: t("subject"),
            rowHeader: true,
            cell: (m) => (
              <Link
                href={`/admin/mail/${encodeURIComponent(m.file.replace(/\.eml$/, ""))}`}
                aria-label={t("open", { subject: m.subject })}
              >
                {m.subject || "—"}
              </Link>
            ),
          },
          { key: "to", header: t("to"), className: "break-all", cell: (m) => m.to },
          { key: "tag", header: t("tag"), cell: (m) => m.tag ?? "—" },
        ]}
      />
    </>
  );
}
