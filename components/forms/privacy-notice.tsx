import { getTranslations } from "next-intl/server";
import { emailTag } from "@/components/layout/legal-page";
import { Link } from "@/lib/i18n/link";

/**
 * GDPR art. 13 information, shown in full before a public form's submit button
 * rather than only behind a link. Each form's namespace holds its own texts
 * (purpose and retention differ between consultations and submissions).
 */
export async function PrivacyNotice({
  namespace,
  id,
}: {
  namespace: "consultations.form" | "submissions.form";
  id: string;
}) {
  const t = await getTranslations(namespace as "consultations.form");
  return (
    <section aria-labelledby={id} className="rounded border-l-4 border-accent bg-surface p-4">
      <h2 id={id} className="text-lg font-semibold text-brand-strong">
        {t("privacyHeading")}
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>{t("privacyIntro")}</li>
        <li>{t("privacyPurpose")}</li>
        <li>{t("privacyBasis")}</li>
        <li>{t("privacyRetention")}</li>
        <li>{t("privacyRights")}</li>
        <li>{t.rich("privacyContact", { email: emailTag })}</li>
      </ul>
      <p className="mt-2">
        <Link href="/privacy">{t("privacyMore")}</Link>
      </p>
    </section>
  );
}
