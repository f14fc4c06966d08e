// What every form's server action hands back to the browser, public or staff:
// only i18n keys, codes and the person's own values, never internals. Types
// only at run time, so client components import it freely.
import type { DeniedReason } from "@/lib/auth/guard";

/** Values the person typed, echoed back after an error so nothing is lost. */
export type FormValues = Record<string, string | string[]>;

/** Field name → i18n keys (full message paths); "form" for the form as a whole. */
export type FieldErrors = Partial<Record<string, string[]>>;

/** A record that others still point to, as a dialog lists it. */
export type Reference = {
  /** Kind key, e.g. "innovations"; the page maps it to a label. */
  kind: string;
  count: number;
  /** A few examples to name (label + staff link when there is one). */
  examples: { label: string; href?: string }[];
};

/** Something the server offers instead of what was refused (e.g. the next free times). */
export type Choice = { value: string; label: string };

export type FormState = {
  /** Bumped on every answer, so the form re-mounts with the echoed values as its defaults. */
  attempt: number;
  ok: boolean;
  values: FormValues;
  fieldErrors: FieldErrors;
  /**
   * What went wrong as a whole, as a code the form's messages name: "invalid"
   * (see the fields), "notFound", "conflict", "referenced", "generic", or the
   * write's own (e.g. "slotTaken", "lastAdmin").
   */
  problem: string | null;
  /** Set when the caller may not do this (the authorization matrix reads it). */
  error?: DeniedReason;
  /** The saved record's id. */
  id?: string;
  /** What succeeded, for the form's success message (e.g. "saved", "slotCreated"). */
  done?: string;
  /** Numbers for the message: what was created, or what still uses a record. */
  counts?: Record<string, number>;
  /** With problem "referenced": what still refers to the record. */
  references?: Reference[];
  /** Offered instead of a refused choice. */
  choices?: Choice[];
  /** Names what a refusal is about, for its message (e.g. the synonym terms that clash). */
  detail?: string;
  /** Public forms: a fresh signed form token (lib/forms/spam.ts) for the next attempt. */
  formToken?: string;
};

export const INITIAL_FORM_STATE: FormState = { attempt: 0, ok: false, values: {}, fieldErrors: {}, problem: null };

/** The state a form starts from: the record's values (or a returning person's) and nothing else. */
export const initialFormState = (values: FormValues = {}): FormState => ({ ...INITIAL_FORM_STATE, values });
