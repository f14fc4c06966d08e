import type { Metadata } from "next";
import { cache } from "react";
import { recordMetadata } from "@/lib/admin/record-metadata";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/link";
import { resolveLocale } from "@/lib/i18n/locale";
import { readDevMail } from "@/lib/mail/dev-mailbox";
import { parseEml } from "@/lib/mail/eml";

const loadMail = cache(readDevMail);

type Props = { params: Promise<{ locale: string; file: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "inbox.mail" });
  const { file } = await params;
  return recordMetadata("consultations:manage", t("title"), async () => {
    const raw = env.SMTP_URL ? null : await loadMail(`${file}.eml`);
    return raw === null ? null : (parseEml(raw).headers.find(([h]) => h === "subject")?.[1] ?? null);
  });
}

// One mail as text: headers, the plain-text body and the attachments' names.
// Nothing of it is rendered as HTML (the mail content is user text).
export default async function DevMailView({ params }: Props) {
  const locale = await resolveLocale(params);
  const { file } = await params;
  // the URL leaves ".eml" out: the locale proxy passes paths that look like files straight through
  const name = `${file}.eml`;
  await requirePagePermission(locale, "consultations:manage", `/admin/mail/${encodeURIComponent(file)}`);
  if (env.SMTP_URL) notFound();
  const raw = await loadMail(name);
  if (raw === null) notFound();
  const [t, mail] = [await getTranslations("inbox.mail"), parseEml(raw)];
  const subject = mail.headers.find(([h]) => h === "subject")?.[1] ?? name;
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/mail">← {t("back")}</Link>
      </p>
      <PageHeading title={subject} />
      <section aria-labelledby="mail-headers">
        <h2 id="mail-headers" className="mb-2 text-xl font-semibold text-brand-strong">
          {t("headers")}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("headers")}</caption>
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="px-2 py-1">
                  {t("header")}
                </th>
                <th scope="col" className="px-2 py-1">
                  {t("value")}
                </th>
              </tr>
            </thead>
            <tbody>
              {mail.headers.map(([h, v]) => (
                <tr key={h} className="border-b border-line align-top">
                  <th scope="row" className="px-2 py-1 font-mono font-normal">
                    {h}
                  </th>
                  <td className="px-2 py-1 break-all">{v}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="mail-body" className="mt-6">
        <h2 id="mail-body" className="mb-2 text-xl font-semibold text-brand-strong">
          {t("body")}
        </h2>
        {mail.text === null ? (
          <p>{t("noBody")}</p>
        ) : (
          <pre
            className="whitespace-pre-wrap break-words rounded border border-line bg-surface p-3 font-sans"
            data-testid="mail-text"
          >
            {mail.text}
          </pre>
        )}
      </section>
      <section aria-labelledby="mail-attachments" className="mt-6">
        <h2 id="mail-attachments" className="mb-2 text-xl font-semibold text-brand-strong">
          {t("attachments")}
        </h2>
        {mail.attachments.length === 0 ? (
          <p>{t("noAttachments")}</p>
        ) : (
          <ul className="list-disc pl-6" data-testid="mail-attachments">
            {mail.attachments.map((a, i) => (
              <li key={`${a.name}-${i}`}>{t("attachment", { name: a.name, type: a.type, size: a.size })}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
