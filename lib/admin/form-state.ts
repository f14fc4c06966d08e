// What a staff form's server action hands back to the browser (the kit's
// <AdminForm> renders it): only i18n keys and the person's own values.
// Types only at run time, so it is safe to import from client components.
import type { DeniedReason } from "@/lib/auth/guard";

/** Values echoed back after an error, so nothing typed is lost. */
export type FormValues = Record<string, string | string[]>;
/** Field → i18n keys (full paths, e.g. "curation.errors.required"). */
export type FieldErrors = Partial<Record<string, string[]>>;

type FormProblem = "invalid" | "conflict" | "notFound" | "generic";

export type AdminFormState = {
  /** Bumped on every answer, so the form re-mounts with the echoed values as defaults. */
  attempt: number;
  ok: boolean;
  values: FormValues;
  fieldErrors: FieldErrors;
  problem: FormProblem | null;
  /** Set when the caller is not allowed (the authorization matrix reads it). */
  error?: DeniedReason;
  /** Id of the saved record (after a successful save). */
  id?: string;
};

export const INITIAL_FORM_STATE: AdminFormState = { attempt: 0, ok: false, values: {}, fieldErrors: {}, problem: null };

/** A record that other records still point to, as the confirm dialog lists it. */
export type Reference = {
  /** Kind key, e.g. "innovations"; the page maps it to a label. */
  kind: string;
  count: number;
  /** A few examples to name (label + staff link when there is one). */
  examples: { label: string; href?: string }[];
};

export type DeleteState = {
  attempt: number;
  ok: boolean;
  problem: "referenced" | "notFound" | "generic" | null;
  references: Reference[];
  error?: DeniedReason;
};

export const INITIAL_DELETE_STATE: DeleteState = { attempt: 0, ok: false, problem: null, references: [] };
