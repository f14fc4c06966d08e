// The eight features SIF uses to recognise a social innovation (2025 research;
// vocabulary ASSESSMENT_SIF, seeded from prisma/seed/data/taxonomies.json).
// The public form asks one plain-language question per criterion (messages
// submissions.criteria.<key>); the answers are a self-assessment, never a score
// a curator gave.
export const SIF_CRITERIA = [
  "relevance",
  "needs-fit",
  "novelty",
  "collaboration",
  "effectiveness",
  "sustainability",
  "impact",
  "scalability",
] as const;
export type SifCriterion = (typeof SIF_CRITERIA)[number];

/** A person's answer to "does this describe your innovation?". */
export const SELF_ANSWERS = ["yes", "partly", "notYet", "unsure"] as const;
export type SelfAnswer = (typeof SELF_ANSWERS)[number];

/** FormData name of a criterion's radio group. */
export const criterionField = (key: SifCriterion) => `sa-${key}`;

/**
 * How an answer becomes an InnovationAssessment (framework SIF, assessor SELF)
 * when a proposal is approved: a 1–5 score, the same scale curators use;
 * "don't know" records nothing.
 */
export const SELF_ASSESSMENT_SCORES: Record<SelfAnswer, number | null> = { yes: 5, partly: 3, notYet: 1, unsure: null };
