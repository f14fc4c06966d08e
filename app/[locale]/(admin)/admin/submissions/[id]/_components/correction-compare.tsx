// A correction beside the record it is about: the record's current texts on
// one side, what the person says is wrong and suggests on the other. All as
// plain text.
import { getTranslations } from "next-intl/server";
import type { SubmissionDetail } from "@/lib/submissions/queries";
import type { CorrectionPayload } from "@/lib/submissions/schema";

type Innovation = NonNullable<SubmissionDetail["innovation"]>;
const FIELDS = ["title", "summary", "problem", "solution", "results"] as const;

export async function CorrectionCompare({
  innovation,
  payload,
  lang,
}: {
  innovation: Innovation | null;
  payload: CorrectionPayload;
  lang: string;
}) {
  const t = await getTranslations("submissions.admin");
  const text = (field: (typeof FIELDS)[number]) => {
    if (!innovation) return { value: "—", lang: "lv" };
    const en = innovation[`${field}En`];
    if (lang === "en" && en) return { value: en, lang: "en" };
    return { value: innovation[`${field}Lv`] ?? "—", lang: "lv" };
  };
  return (
    <section aria-labelledby="compare-heading" className="mt-8">
      <h2 id="compare-heading" className="text-xl font-semibold text-brand-strong">
        {t("review.compareHeading")}
      </h2>
      <p className="text-sm text-muted">{t("review.textNote")}</p>
      <div className="mt-3 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="compare-current" className="rounded border border-line p-4">
          <h3 id="compare-current" className="font-semibold text-brand-strong">
            {t("review.current")}
          </h3>
          <dl className="mt-2 space-y-3">
            {FIELDS.map((field) => {
              const v = text(field);
              return (
                <div key={field}>
                  <dt className="font-semibold">{t(`approve.${field}`)}</dt>
                  <dd className="whitespace-pre-wrap break-words" lang={v.lang}>
                    {v.value}
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
        <section aria-labelledby="compare-proposed" className="rounded border-2 border-accent p-4">
          <h3 id="compare-proposed" className="font-semibold text-brand-strong">
            {t("review.proposed")}
          </h3>
          <dl className="mt-2 space-y-3">
            <div>
              <dt className="font-semibold">{t("review.whatIsWrong")}</dt>
              <dd className="whitespace-pre-wrap break-words" lang={lang} data-field="whatIsWrong">
                {payload.whatIsWrong}
              </dd>
            </div>
            <div>
              <dt className="font-semibold">{t("review.proposedText")}</dt>
              <dd className="whitespace-pre-wrap break-words" lang={lang} data-field="proposedText">
                {payload.proposedText}
              </dd>
            </div>
            {payload.sourceNote ? (
              <div>
                <dt className="font-semibold">{t("review.sourceNote")}</dt>
                <dd className="whitespace-pre-wrap break-words" lang={lang}>
                  {payload.sourceNote}
                </dd>
              </div>
            ) : null}
          </dl>
        </section>
      </div>
    </section>
  );
}
