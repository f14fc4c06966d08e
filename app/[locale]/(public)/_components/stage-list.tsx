import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/content";
import { Link } from "@/lib/i18n/link";
import type { Locale } from "@/lib/i18n/routing";
import type { StageTerm } from "@/lib/home/queries";

/** The seven stages in order, each a link to the innovations filtered by it. */
export async function StageList({ stages, locale }: { stages: StageTerm[]; locale: Locale }) {
  const t = await getTranslations("Home");
  return (
    <section aria-labelledby="stages-heading" className="mt-12">
      <h2 id="stages-heading" className="text-2xl font-bold text-brand-strong">
        {t("stagesHeading")}
      </h2>
      <p className="mt-2 max-w-3xl">{t("stagesIntro")}</p>
      {stages.length === 0 ? (
        <p className="mt-4 text-muted">{t("stagesEmpty")}</p>
      ) : (
        <ol className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {stages.map((stage, index) => {
            const label = localized(stage, "label", locale);
            return (
              <li key={stage.key} data-stage={stage.key}>
                <Link
                  href={{ pathname: "/innovations", query: { stage: stage.key } }}
                  className="flex h-full min-h-11 items-start gap-3 rounded-lg border border-line p-4 hover:bg-surface"
                >
                  <span aria-hidden="true" className="text-2xl font-extrabold text-accent">
                    {index + 1}
                  </span>
                  <span lang={label.lang === locale ? undefined : label.lang} className="font-semibold">
                    {label.text}
                  </span>
                </Link>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
