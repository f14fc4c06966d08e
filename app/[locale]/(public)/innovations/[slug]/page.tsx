import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Notice } from "@/components/ui/notice";
import { getPublishedInnovationHeading } from "@/lib/home/queries";
import { localized } from "@/lib/i18n/content";
import { routing, type Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Metadata and page ask for the same row; one query per request.
const findInnovation = cache(getPublishedInnovationHeading);

async function resolve(params: Props["params"]): Promise<{ locale: Locale; slug: string }> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return { locale, slug };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await resolve(params);
  const innovation = await findInnovation(slug);
  if (!innovation) return {};
  return { title: localized(innovation, "title", locale).text };
}

// Placeholder until the innovations issue builds the full detail page.
export default async function InnovationPage({ params }: Props) {
  const { locale, slug } = await resolve(params);
  const innovation = await findInnovation(slug);
  if (!innovation) notFound();
  const t = await getTranslations("Sections");
  const title = localized(innovation, "title", locale);
  const summary = localized(innovation, "summary", locale);
  return (
    <article>
      <h1 lang={title.lang} className="text-3xl font-bold tracking-tight text-brand-strong sm:text-4xl">
        {title.text}
      </h1>
      {summary.text ? (
        <p lang={summary.lang} className="mt-3 mb-8 max-w-3xl text-lg text-muted">
          {summary.text}
        </p>
      ) : null}
      <Notice>{t("comingSoon")}</Notice>
    </article>
  );
}
