import { langAttr } from "@/lib/i18n/content";
import clsx from "clsx";
import { getTranslations } from "next-intl/server";
import type { Labeler } from "@/lib/innovations/labels";
import type { Locale } from "@/lib/i18n/routing";

/** The seven stages in order; the current one is marked by aria-current, text and a border, not colour alone. */
export async function StagePath({ current, labels, locale }: { current: string; labels: Labeler; locale: Locale }) {
  const t = await getTranslations("innovations.detail");
  const stages = labels.terms("STAGE");
  return (
    <section aria-labelledby="stage-path-heading" className="mt-10">
      <h2 id="stage-path-heading" className="text-2xl font-bold text-brand-strong">
        {t("stagePath")}
      </h2>
      <p className="mt-2 max-w-3xl">{t("stagePathIntro")}</p>
      <ol className="mt-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-7" data-stage-path>
        {stages.map(({ key, label }, index) => {
          const isCurrent = key === current;
          return (
            <li
              key={key}
              data-stage={key}
              aria-current={isCurrent ? "step" : undefined}
              className={clsx(
                "rounded-lg p-3",
                isCurrent ? "border-4 border-accent bg-surface font-bold" : "border border-line text-muted",
              )}
            >
              <span className="block text-sm">{t("stepOf", { step: index + 1, total: stages.length })}</span>
              <span lang={langAttr(label, locale)} className={isCurrent ? "text-ink" : undefined}>
                {label.text}
              </span>
              {isCurrent ? <strong className="mt-1 block text-sm text-accent">({t("currentStage")})</strong> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
