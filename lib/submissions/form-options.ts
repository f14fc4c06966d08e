// What the public submission form offers: vocabulary choices in the page's
// language, the innovation a correction link points at, and the submission
// an editor's "please change" link reopens.
import "server-only";
import { loadVocabularyChoices, type Choice } from "@/lib/taxonomy/choices";
import { db } from "@/lib/db";
import type { Vocabulary } from "@/generated/prisma/enums";
import { localized } from "@/lib/i18n/content";
import { criterionField, SIF_CRITERIA } from "./criteria";
import { ZCorrectionPayload, ZProposalPayload } from "./schema";
import { TOKEN_PURPOSE, verifyToken } from "@/lib/security/signed-token";
import type { Locale } from "@/lib/i18n/routing";

export type SubmissionChoices = Record<"stage" | "status" | "themes" | "targetGroups" | "region", Choice[]>;

const VOCABULARIES = {
  stage: "STAGE",
  status: "STATUS",
  themes: "THEME",
  targetGroups: "TARGET_GROUP",
  region: "REGION",
} as const satisfies Record<keyof SubmissionChoices, Vocabulary>;

export const loadSubmissionChoices = (locale: Locale): Promise<SubmissionChoices> =>
  loadVocabularyChoices(locale, VOCABULARIES);

/** A published innovation by slug, for "suggest a correction" links; unknown slugs give null (no error page). */
export async function loadCorrectionTarget(
  slug: string | undefined,
  locale: Locale,
): Promise<{ slug: string; title: string; lang: Locale } | null> {
  if (!slug || !/^[a-z0-9-]{1,200}$/.test(slug)) return null;
  const row = await db.innovation.findFirst({
    where: { slug, publication: "PUBLISHED" },
    select: { slug: true, titleLv: true, titleEn: true },
  });
  if (!row) return null;
  const title = localized(row, "title", locale);
  return { slug: row.slug, title: title.text, lang: title.lang };
}

export type Revision = {
  mode: "proposal" | "correction";
  /** The form's values as the person left them, plus the signed link. */
  values: Record<string, string | string[]>;
  /** The editor's request. */
  message: string;
  correctionSlug: string | null;
};

/**
 * The submission an editor asked to change, for /submit?revise=<token>:
 * null when the link is not (or no longer) valid.
 */
export async function loadRevision(token: string | undefined): Promise<Revision | null> {
  const claims = verifyToken(TOKEN_PURPOSE.submissionRevise, token);
  if (!claims) return null;
  const row = await db.submission.findUnique({
    where: { id: claims.id },
    select: {
      kind: true,
      status: true,
      reviewedAt: true,
      reason: true,
      payload: true,
      submitterName: true,
      submitterEmail: true,
    },
  });
  if (!row || row.status !== "CHANGES_REQUESTED" || row.reviewedAt?.getTime() !== claims.version) return null;
  const contact = { name: row.submitterName, email: row.submitterEmail, revise: token ?? "" };
  if (row.kind === "CORRECTION") {
    const p = ZCorrectionPayload.safeParse(row.payload);
    if (!p.success) return null;
    const values = {
      ...contact,
      innovation: p.data.innovationSlug,
      whatIsWrong: p.data.whatIsWrong,
      proposedText: p.data.proposedText,
      sourceNote: p.data.sourceNote ?? "",
    };
    return { mode: "correction", values, message: row.reason ?? "", correctionSlug: p.data.innovationSlug };
  }
  const p = ZProposalPayload.safeParse(row.payload);
  if (!p.success) return null;
  const { selfAssessment, links, ...fields } = p.data;
  const values: Record<string, string | string[]> = { ...contact, link: links[0]?.url ?? "" };
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) values[name] = value;
  for (const key of SIF_CRITERIA) values[criterionField(key)] = selfAssessment[key];
  return { mode: "proposal", values, message: row.reason ?? "", correctionSlug: null };
}
