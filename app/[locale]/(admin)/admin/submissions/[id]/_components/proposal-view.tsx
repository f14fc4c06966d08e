// A proposal's payload as plain text (never HTML): the fields, vocabulary
// keys as labels, and the self-assessment as a table.
import { getTranslations } from "next-intl/server";
import type { Choice } from "@/lib/taxonomy/choices";
import { SIF_CRITERIA } from "@/lib/submissions/criteria";
import type { ProposalPayload } from "@/lib/submissions/schema";
import { Table } from "@/components/ui/table";

type Labels = Record<"stage" | "status" | "themes" | "targetGroups" | "region", Choice[]>;

const label = (list: Choice[], key: string | undefined) =>
  key ? (list.find((c) => c.value === key)?.label ?? key) : "—";

export async function ProposalView({
  payload,
  labels,
  lang,
}: {
  payload: ProposalPayload;
  labels: Labels;
  lang: string;
}) {
  const t = await getTranslations("submissions");
  const rows: [string, string][] = [
    ["titleLv", payload.titleLv],
    ["summaryLv", payload.summaryLv],
    ["problemLv", payload.problemLv ?? "—"],
    ["solutionLv", payload.solutionLv ?? "—"],
    ["stage", label(labels.stage, payload.stage)],
    ["status", label(labels.status, payload.status)],
    ["themes", payload.themes.map((k) => label(labels.themes, k)).join(", ")],
    ["targetGroups", payload.targetGroups.map((k) => label(labels.targetGroups, k)).join(", ")],
    ["region", label(labels.region, payload.region)],
    ["links", payload.links.map((l) => l.url).join(" ") || "—"],
    ["organisationName", payload.organisationName],
  ];
  const userText = new Set(["titleLv", "summaryLv", "problemLv", "solutionLv", "links", "organisationName"]);
  return (
    <>
      <section aria-labelledby="proposal-heading" className="mt-8">
        <h2 id="proposal-heading" className="text-xl font-semibold text-brand-strong">
          {t("admin.review.proposalHeading")}
        </h2>
        <p className="text-sm text-muted">{t("admin.review.textNote")}</p>
        <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
          {rows.map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="font-semibold">{t(`admin.review.fields.${name}` as "admin.review.fields.titleLv")}</dt>
              <dd
                className="whitespace-pre-wrap break-words"
                lang={userText.has(name) ? lang : undefined}
                data-field={name}
              >
                {value}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="assessment-heading" className="mt-8">
        <h2 id="assessment-heading" className="text-xl font-semibold text-brand-strong">
          {t("admin.review.assessmentHeading")}
        </h2>
        <Table
          className="mt-3"
          caption={t("admin.review.assessmentCaption")}
          captionHidden
          rows={SIF_CRITERIA}
          rowKey={(key) => key}
          columns={[
            {
              key: "criterion",
              header: t("admin.review.criterion"),
              rowHeader: true,
              cell: (key) => t(`criteria.${key}`),
            },
            {
              key: "answer",
              header: t("admin.review.answer"),
              className: "font-semibold",
              cell: (key) => t(`form.answers.${payload.selfAssessment[key]}`),
            },
          ]}
        />
        {payload.selfAssessmentNote ? (
          <p className="mt-3 whitespace-pre-wrap" lang={lang}>
            <span className="font-semibold">{t("admin.review.fields.selfAssessmentNote")}:</span>{" "}
            {payload.selfAssessmentNote}
          </p>
        ) : null}
      </section>
    </>
  );
}
