import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import { formPageTitle } from "@/lib/forms/page-title";
import { formToken } from "@/lib/forms/spam";
import { PageHeading } from "@/components/ui/page-heading";
import { consultationPrefill } from "@/lib/consultations/prefill";
import { loadFormChoices, loadSlotDays } from "@/lib/consultations/form-options";
import { CONTACT_ME } from "@/lib/consultations/schema";
import { initialFormState } from "@/lib/forms/state";
import { resolveLocale } from "@/lib/i18n/locale";
import { Link } from "@/lib/i18n/link";
import { alternatesFor } from "@/lib/innovations/urls";
import { PrivacyNotice } from "@/components/forms/privacy-notice";
import { RequestForm } from "../_components/request-form";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const [t, forms] = await Promise.all([
    getTranslations({ locale, namespace: "consultations.form" }),
    getTranslations({ locale, namespace: "Forms" }),
  ]);
  return {
    title: await formPageTitle(t("title"), forms("error")),
    description: t("lead"),
    alternates: alternatesFor("/consultations/request", locale),
  };
}

export default async function ConsultationRequestPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const [raw, t, messages] = await Promise.all([searchParams, getTranslations("consultations.form"), getMessages()]);
  const minutes = (count: number) => t("minutes", { count });
  const [choices, slotDays] = await Promise.all([loadFormChoices(locale), loadSlotDays(locale, minutes)]);
  const keys = (list: { value: string }[]) => new Set(list.map((c) => c.value));
  // The support navigator links here with its answers and a summary of what it found.
  const initial = initialFormState(
    consultationPrefill(raw, {
      topics: keys(choices.topics),
      stage: keys(choices.stage),
      theme: keys(choices.theme),
      region: keys(choices.region),
      organisationType: keys(choices.organisationType),
    }),
  );
  return (
    <>
      <p className="mb-4">
        <Link href="/consultations">{t("backToStart")}</Link>
      </p>
      <PageHeading title={t("title")} lead={t("lead")} />
      <RequestForm
        locale={locale}
        kit={messages.Forms}
        text={messages.consultations.form}
        errors={messages.consultations.errors}
        choices={choices}
        slotDays={slotDays}
        // the page renders per request (it reads the URL), so this is the time the person got the form
        formToken={formToken("consultation")}
        initial={initial}
        privacyNotice={<PrivacyNotice namespace="consultations.form" id="consultation-privacy" />}
        contactMe={CONTACT_ME}
      />
    </>
  );
}
