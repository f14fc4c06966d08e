import { getTranslations } from "next-intl/server";
import { emailTag } from "@/components/layout/legal-page";
import { Link } from "@/lib/i18n/link";

/** GDPR art. 13 information, shown in full before the submit button rather than only behind a link. */
export async function PrivacyNotice() {
  const t = await getTranslations("submissions.form");
  return (
    <section aria-labelledby="submission-privacy" className="rounded border-l-4 border-accent bg-surface p-4">
      <h2 id="submission-privacy" className="text-lg font-semibold text-brand-strong">{t("privacyHeading")}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>{t("privacyIntro")}</li>
        <li>{t("privacyPurpose")}</li>
        <li>{t("privacyBasis")}</li>
        <li>{t("privacyRetention")}</li>
        <li>{t("privacyRights")}</li>
        <li>{t.rich("privacyContact", { email: emailTag })}</li>
      </ul>
      <p className="mt-2"><Link href="/privacy">{t("privacyMore")}</Link></p>
    </section>
  );
}
