import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PageHeading } from "@/components/ui/page-heading";
import { ButtonLink } from "@/components/ui/button-link";
import { Notice } from "@/components/ui/notice";
import { resolveLocale } from "@/lib/i18n/locale";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Only the shape is checked: the number is the person's own, shown back to them, and reveals nothing else.
const ZReference = z.string().regex(/^K-\d{4}-\d{4,6}$/);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "consultations.thanks" });
  // a per-person confirmation page has no business in search results
  return { title: t("title"), robots: { index: false } };
}

export default async function ThanksPage({ params, searchParams }: Props) {
  await resolveLocale(params);
  const [raw, t] = await Promise.all([searchParams, getTranslations("consultations.thanks")]);
  const reference = ZReference.safeParse(raw.ref);
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeading title={t("title")} />
      {reference.success ? (
        <p className="text-lg">
          {t("reference")}:{" "}
          <strong data-testid="consultation-reference" className="font-mono text-2xl">
            {reference.data}
          </strong>
        </p>
      ) : (
        <Notice>{t("missing")}</Notice>
      )}
      <p>{t("emailSent")}</p>
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
      <ButtonLink href="/consultations" variant="secondary">
        {t("back")}
      </ButtonLink>
    </div>
  );
}
