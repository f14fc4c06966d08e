import { getTranslations } from "next-intl/server";
import { localized, langAttr } from "@/lib/i18n/content";
import type { InnovationDetail } from "@/lib/innovations/queries";
import type { Labeler } from "@/lib/innovations/labels";
import type { Locale } from "@/lib/i18n/routing";

const FRAMEWORKS = [
  { framework: "SIF", vocabulary: "ASSESSMENT_SIF", heading: "frameworkSIF" },
  { framework: "EAPN", vocabulary: "ASSESSMENT_EAPN", heading: "frameworkEAPN" },
] as const;

type Props = { assessments: InnovationDetail["assessments"]; labels: Labeler; locale: Locale };

/** Criteria met, per framework, labelled from the ASSESSMENT_SIF / ASSESSMENT_EAPN terms. */
export async function AssessmentList({ assessments, labels, locale }: Props) {
  if (assessments.length === 0) return null;
  const t = await getTranslations("innovations.detail");
  return (
    <section aria-labelledby="assessment-heading" className="mt-10">
      <h2 id="assessment-heading" className="text-2xl font-bold text-brand-strong">
        {t("assessment")}
      </h2>
      <p className="mt-2">{t("assessmentIntro")}</p>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        {FRAMEWORKS.map(({ framework, vocabulary, heading }) => {
          const items = assessments.filter((a) => a.framework === framework);
          if (items.length === 0) return null;
          return (
            <div key={framework} data-framework={framework}>
              <h3 className="text-lg font-bold">{t(heading)}</h3>
              <ul className="mt-2 list-disc space-y-1 pl-6">
                {items.map((item) => {
                  const label = labels.term(vocabulary, item.criterion);
                  const note = localized(item, "note", locale);
                  return (
                    <li key={`${item.criterion}-${item.assessor}`}>
                      <span lang={langAttr(label, locale)}>{label.text}</span>
                      {item.score !== null ? (
                        <span className="text-muted"> ({t("score", { score: item.score })})</span>
                      ) : null}
                      {item.assessor === "SELF" ? <span className="text-muted"> ({t("selfAssessed")})</span> : null}
                      {note.text ? (
                        <p className="text-muted" lang={langAttr(note, locale)}>
                          {note.text}
                        </p>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}
