import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { resolveLocale } from "@/lib/i18n/locale";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "submissions.thanks" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SubmitThanksPage({ params, searchParams }: Props) {
  await resolveLocale(params);
  const [raw, t] = await Promise.all([searchParams, getTranslations("submissions.thanks")]);
  const correction = raw.kind === "correction";
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeading title={t("title")} />
      <p className="text-lg">
        {correction ? t("correction") : t("proposal")} {t("emailSent")}
      </p>
      <section aria-labelledby="thanks-next">
        <h2 id="thanks-next" className="text-xl font-semibold text-brand-strong">
          {t("nextHeading")}
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          <li>{t("next1")}</li>
          <li>{t("next2")}</li>
          <li>{t("next3")}</li>
        </ol>
      </section>
      <div className="flex flex-wrap gap-3">
        <ButtonLink href="/innovations">{t("browse")}</ButtonLink>
        <ButtonLink href="/submit" variant="secondary">
          {t("another")}
        </ButtonLink>
      </div>
    </div>
  );
}
