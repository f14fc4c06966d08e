import NextLink from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { GlossaryTerm } from "@/components/glossary/glossary-term";
import { localized } from "@/lib/i18n/content";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { StageCounts, StageTerm } from "@/lib/home/queries";

const NONE: StageCounts = { innovations: 0, resources: 0, calls: 0 };

/**
 * The seven stages in order, each with what the portal has for it: the
 * innovations at that stage, the toolkit's materials and the open or
 * upcoming calls, each a link to that list filtered by the stage (plain text
 * when there is nothing to show, so no link leads to an empty page).
 */
export async function StageList({
  stages,
  counts,
  locale,
  headingId = "stages-heading",
  intro,
}: {
  stages: StageTerm[];
  counts: Map<string, StageCounts>;
  locale: Locale;
  headingId?: string;
  intro?: ReactNode;
}) {
  const t = await getTranslations("Home");
  return (
    <section aria-labelledby={headingId} className="mt-12">
      <h2 id={headingId} className="text-2xl font-bold text-brand-strong">
        {t("stagesHeading")}
      </h2>
      <p className="mt-2 max-w-3xl">
        {intro ??
          t.rich("stagesIntro", {
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
            const n = counts.get(stage.key) ?? NONE;
            const links = [
              {
                key: "innovations",
                href: "/innovations",
                count: n.innovations,
                text: t("stageInnovations", { count: n.innovations }),
              },
              {
                key: "toolkit",
                href: "/toolkit",
                count: n.resources,
                text: t("stageResources", { count: n.resources }),
              },
              { key: "funding", href: "/funding", count: n.calls, text: t("stageCalls", { count: n.calls }) },
            ];
            return (
              <li key={stage.key} data-stage={stage.key} className="flex flex-col rounded-lg border border-line p-4">
                <h3 className="flex items-start gap-3">
                  <span aria-hidden="true" className="text-2xl font-extrabold text-accent">
                    {index + 1}
                  </span>
                  <span lang={label.lang === locale ? undefined : label.lang} className="font-semibold">
                    {label.text}
                  </span>
                </h3>
                <ul className="mt-2 space-y-1 text-sm">
                  {links.map((link) => (
                    <li key={link.key} data-stage-link={link.key} data-count={link.count}>
                      {link.count > 0 ? (
                        <NextLink href={localizedHref(`${link.href}?stage=${stage.key}`, locale)}>{link.text}</NextLink>
                      ) : (
                        <span className="text-muted">{link.text}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
