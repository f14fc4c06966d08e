// What the innovation actions hand back to the staff pages. Types only at
// run time, so client components may import it.
import type { AdminFormState, DeleteState } from "@/lib/admin/form-state";

export type { AdminFormState, DeleteState };

/**
 * Publication and duplication answer like a delete (errors only; success
 * redirects), so the kit's <ConfirmDialog> can drive archive as well.
 */
export type InnovationCommandState = DeleteState;

export const INITIAL_COMMAND_STATE: InnovationCommandState = { attempt: 0, ok: false, problem: null, references: [] };
