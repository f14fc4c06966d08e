// What the account page's buttons get back from lib/users/actions.ts (the
// forms use the kit's AdminFormState). Imports nothing at run time.
import type { DeniedReason } from "@/lib/auth/guard";
import type { UserRefusal } from "./write";

/** Buttons on the account page (deactivate, reactivate, end sessions, send link, delete). */
export type UserCommandState = {
  attempt: number;
  ok: boolean;
  error: DeniedReason | UserRefusal | "invalid" | "linkFailed" | null;
  /** For "in_use": what the account owns, as { kind: count } with non-zero counts only. */
  counts?: Record<string, number>;
};

export const INITIAL_USER_COMMAND: UserCommandState = { attempt: 0, ok: false, error: null };
