// What the vocabulary screen's buttons (move, hide/show, delete) get back from
// lib/taxonomy/actions.ts; the label forms use the kit's AdminFormState.
// Imports nothing at run time.
import type { DeniedReason } from "@/lib/auth/guard";
import type { TermRefusal } from "./write";

export type TermCommandState = {
  attempt: number;
  ok: boolean;
  error: DeniedReason | TermRefusal | "invalid" | null;
  /** For "in_use": where the term's key is stored, by kind of record. */
  counts?: Partial<Record<string, number>>;
};

export const INITIAL_TERM_COMMAND: TermCommandState = { attempt: 0, ok: false, error: null };
