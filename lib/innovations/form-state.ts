// What the innovation actions hand back to the staff pages. Types only at
// run time, so client components may import it.
import type { AdminFormState, DeleteState } from "@/lib/admin/form-state";

export type { AdminFormState, DeleteState };

/** Publication, duplication: a button's answer (errors only; success redirects). */
export type InnovationCommandState = {
  attempt: number;
  ok: boolean;
  problem: "notFound" | "invalid" | "generic" | null;
  error?: "unauthenticated" | "forbidden";
};

export const INITIAL_COMMAND_STATE: InnovationCommandState = { attempt: 0, ok: false, problem: null };

/** The submit button pressed: save (a new record stays a draft) or save and publish. */
export const SAVE_INTENTS = ["save", "publish"] as const;
export type SaveIntent = (typeof SAVE_INTENTS)[number];
