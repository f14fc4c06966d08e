import { getTranslations } from "next-intl/server";
import { GlossaryTerm } from "@/components/glossary/glossary-term";
import { localized } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/link";
import type { Locale } from "@/lib/i18n/routing";
import type { StageTerm } from "@/lib/home/queries";

type Props = { stages: StageTerm[]; counts: Map<string, number>; locale: Locale };

/**
 * The seven stages in order. A stage with published innovations links to
 * them, with the count; one without says so instead of leading to an empty list.
 */
export async function StageList({ stages, counts, locale }: Props) {
  const t = await getTranslations("Home");
  return (
    <section aria-labelledby="stages-heading" className="mt-12">
      <h2 id="stages-heading" className="text-2xl font-bold text-brand-strong">
        {t("stagesHeading")}
      </h2>
      <p className="mt-2 max-w-3xl">
        {t.rich("stagesIntro", {
          stage: (chunks) => <GlossaryTerm term="stage">{chunks}</GlossaryTerm>,
          systemic: (chunks) => <GlossaryTerm term="systemicChange">{chunks}</GlossaryTerm>,
        })}
      </p>
      {stages.length === 0 ? (
        <p className="mt-4 text-muted">{t("stagesEmpty")}</p>
      ) : (
        <ol className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {stages.map((stage, index) => {
            const label = localized(stage, "label", locale);
            const count = counts.get(stage.key) ?? 0;
            const body = (
              <>
                <span aria-hidden="true" className="text-2xl font-extrabold text-accent">
                  {index + 1}
                </span>
                <span className="flex flex-col">
                  <span lang={label.lang === locale ? undefined : label.lang} className="font-semibold">
                    {label.text}
                  </span>
                  <span className="text-sm text-muted">{t("stageCount", { count })}</span>
                </span>
              </>
            );
            return (
              <li key={stage.key} data-stage={stage.key} data-count={count}>
                {count > 0 ? (
                  <Link
                    href={{ pathname: "/innovations", query: { stage: stage.key } }}
                    className="flex h-full min-h-11 items-start gap-3 rounded-lg border border-line p-4 hover:bg-surface"
                  >
                    {body}
                  </Link>
                ) : (
                  <div className="flex h-full min-h-11 items-start gap-3 rounded-lg border border-dashed border-line p-4">
                    {body}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
