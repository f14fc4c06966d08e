// What the staff forms' server actions hand back (staff/actions.ts): i18n keys
// and the person's own values. Imports nothing at run time, so client
// components can share it.
type StaffFieldErrors = Partial<Record<string, string[]>>;

export type StaffFormState = {
  /** Bumped on every answer, so the form re-mounts with the echoed values. */
  attempt: number;
  ok: boolean | null;
  /** Field → i18n keys under "inbox.errors.*"; "form" for the form as a whole. */
  fieldErrors: StaffFieldErrors;
  /** What the person typed, echoed after an error (emptied after success). */
  values: Record<string, string>;
  /** i18n key under "inbox.done.*" after success. */
  done?: string;
  /** Extra numbers for the success message (e.g. how many slots were created). */
  counts?: Record<string, number>;
};

export const INITIAL_STAFF_STATE: StaffFormState = { attempt: 0, ok: null, fieldErrors: {}, values: {} };
