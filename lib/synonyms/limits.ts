// A synonym group's limits, without zod: the staff form (a client component)
// shows them in its hint; lib/synonyms/schema.ts enforces them.
export const SYNONYM_LIMITS = {
  /** A group needs something to be equivalent to. */
  minTerms: 2,
  /** Every term of a group is searched whenever one of them is typed: a dozen is plenty. */
  maxTerms: 12,
  maxTermLength: 80,
  maxTermWords: 6,
} as const;
