// Maps between a submission and the one innovation input (ZInnovationInput):
// the record as it is now (a correction's approval edits only some fields and
// updateInnovation replaces all of them, so the rest must be passed as they
// are), and a proposal's payload as the approval form's starting values.
import "server-only";
import type { PublicationState } from "@/generated/prisma/enums";
import type { FormValues } from "@/lib/forms/state";
import type { Tx } from "@/lib/innovations/write";
import { SELF_ASSESSMENT_SCORES, SIF_CRITERIA } from "./criteria";
import { ZProposalPayload } from "./schema";

const orUndefined = <T>(v: T | null) => (v === null ? undefined : v);

/** The innovation as ZInnovationInput input, every field and relation included; null when it is gone. */
export async function currentInnovationInput(
  tx: Tx,
  id: string,
): Promise<{ input: Record<string, unknown>; publication: PublicationState } | null> {
  const row = await tx.innovation.findUnique({
    where: { id },
    select: {
      slug: true,
      titleLv: true,
      titleEn: true,
      summaryLv: true,
      summaryEn: true,
      problemLv: true,
      problemEn: true,
      solutionLv: true,
      solutionEn: true,
      noveltyLv: true,
      noveltyEn: true,
      impactLv: true,
      impactEn: true,
      impactKind: true,
      resultsLv: true,
      resultsEn: true,
      transferabilityLv: true,
      transferabilityEn: true,
      stage: true,
      status: true,
      startYear: true,
      endYear: true,
      themes: true,
      targetGroups: true,
      region: true,
      municipality: true,
      country: true,
      featured: true,
      publication: true,
      organisations: { orderBy: [{ role: "asc" }, { position: "asc" }], select: { organisationId: true, role: true } },
      experts: { orderBy: { position: "asc" }, select: { contactId: true, roleLv: true, roleEn: true } },
      links: { orderBy: { position: "asc" }, select: { url: true, labelLv: true, labelEn: true } },
      indicators: {
        orderBy: { position: "asc" },
        select: { labelLv: true, labelEn: true, value: true, unit: true, year: true },
      },
      assessments: {
        select: { framework: true, criterion: true, assessor: true, score: true, noteLv: true, noteEn: true },
      },
    },
  });
  if (!row) return null;
  const { publication, organisations, experts, links, indicators, assessments, ...fields } = row;
  const scalars = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v === null ? undefined : v]));
  return {
    publication,
    input: {
      ...scalars,
      organisations,
      experts: experts.map((x) => ({
        contactId: x.contactId,
        roleLv: orUndefined(x.roleLv),
        roleEn: orUndefined(x.roleEn),
      })),
      links: links.map((l) => ({ url: l.url, labelLv: orUndefined(l.labelLv), labelEn: orUndefined(l.labelEn) })),
      indicators: indicators.map((i) => ({
        labelLv: i.labelLv,
        labelEn: orUndefined(i.labelEn),
        value: i.value?.toString(),
        unit: orUndefined(i.unit),
        year: orUndefined(i.year),
      })),
      assessments: assessments.map((a) => ({
        ...a,
        score: orUndefined(a.score),
        noteLv: orUndefined(a.noteLv),
        noteEn: orUndefined(a.noteEn),
      })),
    },
  };
}

/** The text fields a correction's approval form edits (the rest stays as it is). */
export const CORRECTION_FIELDS = [
  "titleLv",
  "titleEn",
  "summaryLv",
  "summaryEn",
  "problemLv",
  "problemEn",
  "solutionLv",
  "solutionEn",
  "resultsLv",
  "resultsEn",
] as const;

/**
 * A proposal's payload as the approval form's values: the submitter's text
 * goes to the fields of their language (Latvian ones stay empty for an
 * English submission: the editor translates), the self-assessment becomes
 * SIF assessment rows by the submitter (assessor SELF).
 */
export function proposalFormValues(payload: unknown, locale: string): FormValues | null {
  const parsed = ZProposalPayload.safeParse(payload);
  if (!parsed.success) return null;
  const p = parsed.data;
  const suffix = locale === "en" ? "En" : "Lv";
  const values: FormValues = {
    [`title${suffix}`]: p.titleLv,
    [`summary${suffix}`]: p.summaryLv,
    [`problem${suffix}`]: p.problemLv ?? "",
    [`solution${suffix}`]: p.solutionLv ?? "",
    stage: p.stage,
    status: p.status,
    themes: p.themes,
    targetGroups: p.targetGroups,
    region: p.region ?? "",
    "links.0.url": p.links[0]?.url ?? "",
  };
  let row = 0;
  for (const key of SIF_CRITERIA) {
    const score = SELF_ASSESSMENT_SCORES[p.selfAssessment[key]];
    if (score === null) continue;
    Object.assign(values, {
      [`assessments.${row}.framework`]: "SIF",
      [`assessments.${row}.criterion`]: key,
      [`assessments.${row}.assessor`]: "SELF",
      [`assessments.${row}.score`]: String(score),
    });
    row++;
  }
  return values;
}
