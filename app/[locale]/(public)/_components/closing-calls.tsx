import { getTranslations } from "next-intl/server";
import { CallList } from "@/components/funding/call-list";
import { ButtonLink } from "@/components/ui/button-link";
import type { CallCard } from "@/lib/funding/public-queries";
import type { Labeler } from "@/lib/innovations/labels";
import type { Locale } from "@/lib/i18n/routing";

/** The open calls whose deadlines come first, with the way to all of them. */
export async function ClosingCalls({
  calls,
  labels,
  locale,
  now,
}: {
  calls: CallCard[];
  labels: Labeler;
  locale: Locale;
  now: Date;
}) {
  const t = await getTranslations("funding.home");
  return (
    <section aria-labelledby="closing-heading" className="mt-12" data-closing-calls>
      <h2 id="closing-heading" className="text-2xl font-bold text-brand-strong">
        {t("heading")}
      </h2>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      <div className="mt-4">
        {calls.length ? (
          <CallList calls={calls} labels={labels} locale={locale} now={now} />
        ) : (
          <p className="rounded-lg border border-line bg-surface p-5">{t("none")}</p>
        )}
      </div>
      <p className="mt-6">
        <ButtonLink href="/funding" variant="secondary">
          {t("all")}
        </ButtonLink>
      </p>
    </section>
  );
}
