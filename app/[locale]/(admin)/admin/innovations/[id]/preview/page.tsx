import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { InnovationArticle } from "@/components/innovations/detail/innovation-article";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { Link } from "@/lib/i18n/link";
import { resolveLocale } from "@/lib/i18n/locale";
import { createLabeler } from "@/lib/innovations/labels";
import { getInnovationPreview, getRelatedInnovations, loadTermLabels } from "@/lib/innovations/queries";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "curationInnovations.preview" });
  const record = await getInnovationPreview((await params).id);
  // A draft must never reach a search engine, even through a leaked link.
  return {
    title: t("title", { title: record?.titleLv ?? "" }),
    robots: { index: false, follow: false, nocache: true },
  };
}

// The public detail page's own components, fed the record in any state, under
// a banner that says it is a preview. Readers (content:read) may look; only
// writers get the link back to the form.
export default async function InnovationPreviewPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requirePagePermission(locale, "content:read", `/admin/innovations/${id}/preview`);
  const innovation = await getInnovationPreview(id);
  if (!innovation) notFound();
  const [terms, related, t] = await Promise.all([
    loadTermLabels(),
    getRelatedInnovations(innovation),
    getTranslations("curationInnovations.preview"),
  ]);
  const published = innovation.publication === "PUBLISHED";
  return (
    <>
      <div
        role="note"
        className="mb-8 rounded border-l-4 border-accent bg-amber-50 p-4 text-ink"
        data-testid="preview-banner"
      >
        <p className="text-lg font-bold">{published ? t("bannerPublished") : t("banner")}</p>
        <p className="mt-1">{t("bannerLead")}</p>
        <p className="mt-2 flex flex-wrap gap-4">
          {can(user.role, "content:write") ? (
            <Link href={`/admin/innovations/${innovation.id}`}>{t("back")}</Link>
          ) : null}
          <Link href={`/admin/innovations/${innovation.id}/preview`} locale={locale === "lv" ? "en" : "lv"}>
            {t("language")}: {locale === "lv" ? "English" : "Latviski"}
          </Link>
        </p>
      </div>
      <InnovationArticle
        innovation={innovation}
        related={related}
        labels={createLabeler(terms, [], locale)}
        locale={locale}
        preview
      />
    </>
  );
}
