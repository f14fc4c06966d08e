// What the public consultation forms hand back to the browser after a server
// action: only i18n keys and the person's own values, never internals. Shared
// by lib/consultations/actions.ts and the client components that render it,
// so it imports nothing at run time (no zod in the browser bundle).
import type { FieldErrors } from "./schema";

/** A slot as the picker shows it: id and its Riga-time label, already formatted. */
export type SlotOption = { id: string; label: string };

/** Values the person typed, echoed back so nothing is lost after an error. */
export type FormValues = Record<string, string | string[]>;

type FormProblem =
  "tooFast" | "expired" | "spam" | "rateLimited" | "slotTaken" | "slotUnavailable" | "invalid" | "generic";

export type RequestFormState = {
  /** Bumped on every answer, so the form re-mounts with the echoed values as its defaults. */
  attempt: number;
  values: FormValues;
  /** Field → i18n keys under "consultations.errors.*". */
  fieldErrors: FieldErrors;
  problem: FormProblem | null;
  /** Next free slots offered when the chosen one was taken. */
  alternatives: SlotOption[];
  /** A fresh form token (lib/forms/spam.ts) for the next attempt, once the form has been sent. */
  formToken?: string;
};

export const INITIAL_REQUEST_STATE: RequestFormState = {
  attempt: 0,
  values: {},
  fieldErrors: {},
  problem: null,
  alternatives: [],
};

export type ManageFormState = {
  attempt: number;
  problem: "invalidToken" | "slotTaken" | "slotUnavailable" | "slotRequired" | null;
  alternatives: SlotOption[];
};

export const INITIAL_MANAGE_STATE: ManageFormState = { attempt: 0, problem: null, alternatives: [] };
