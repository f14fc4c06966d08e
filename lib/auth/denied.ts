// The one authorization refusal, thrown by requirePermission (guard.ts) and by
// domain functions that check their actor again. Free of Next's request APIs,
// so the worker and scripts can load the code that throws it.
export type DeniedReason = "unauthenticated" | "forbidden";

export class AuthzError extends Error {
  constructor(readonly reason: DeniedReason) {
    super(reason);
    this.name = "AuthzError";
  }
}
