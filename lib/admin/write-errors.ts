// What a store's write throws for an expected refusal, which the admin form
// actions (form-action.ts) turn into a 404 or errors beside the fields. Kept
// apart from the actions so the worker (CSV import) can load the stores
// without Next's request APIs.
import type { FieldErrors } from "./form-state";

/** Thrown by a write whose record does not exist (any more). */
export class NotFoundError extends Error {
  constructor() {
    super("not found");
    this.name = "NotFoundError";
  }
}

/** Thrown by a write for an expected, field-level refusal (e.g. "end before start"). */
export class FieldError extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super("field error");
    this.name = "FieldError";
  }
}
