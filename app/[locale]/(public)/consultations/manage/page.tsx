import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { loadFormChoices, loadSlotDays } from "@/lib/consultations/form-options";
import { formatRiga } from "@/lib/time/riga";
import { viewRequest } from "@/lib/consultations/self-service";
import { resolveLocale } from "@/lib/i18n/locale";
import { ManageForms } from "./_components/manage-forms";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const ZQuery = z.object({
  token: z.string().max(300).optional().catch(undefined),
  done: z.enum(["cancelled", "moved"]).optional().catch(undefined),
});
const STATUSES = ["NEW", "IN_PROGRESS", "SCHEDULED", "COMPLETED", "REFERRED", "CANCELLED"] as const;
const ZStatus = z.enum(STATUSES);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "consultations.manage" });
  // the URL carries a personal token: keep it out of search engines and referrers
  return { title: t("title"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function ManagePage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const [raw, t, tForm, messages] = await Promise.all([
    searchParams,
    getTranslations("consultations.manage"),
    getTranslations("consultations.form"),
    getMessages(),
  ]);
  const query = ZQuery.parse(raw);
  const request = query.token ? await viewRequest(query.token) : null;
  if (!request || !query.token) {
    return (
      <div className="max-w-3xl">
        <PageHeading title={t("title")} />
        {/* one message for every failure: which part of a token was wrong is nobody's business */}
        <Notice>{query.done === "cancelled" ? t("cancelled") : t("invalid")}</Notice>
      </div>
    );
  }
  const [choices, slotDays] = await Promise.all([
    loadFormChoices(locale),
    loadSlotDays(locale, (count) => tForm("minutes", { count })),
  ]);
  const topicLabel = new Map(choices.topics.map((c) => [c.value, c.label]));
  const status = ZStatus.safeParse(request.status);
  return (
    <div className="max-w-3xl space-y-8">
      <PageHeading title={t("title")} />
      {query.done === "moved" ? (
        <p role="status" className="rounded border-l-4 border-accent bg-surface p-4">
          {t("moved")}
        </p>
      ) : null}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("reference")}</dt>
        <dd data-testid="manage-reference" className="font-mono">
          {request.reference}
        </dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{status.success ? t(`statuses.${status.data}`) : request.status}</dd>
        <dt className="font-semibold">{t("time")}</dt>
        <dd>{request.slot ? formatRiga(request.slot.startsAt, locale) : t("noTime")}</dd>
        <dt className="font-semibold">{t("topics")}</dt>
        <dd>{request.topics.map((k) => topicLabel.get(k) ?? k).join(", ")}</dd>
      </dl>
      <ManageForms token={query.token} locale={locale} text={messages.consultations.manage} slotDays={slotDays} />
    </div>
  );
}
