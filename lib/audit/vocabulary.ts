// The kinds of audit entries. Shared by the writer, the filters and the labels
// (messages audit.actions.*), so a new kind shows up everywhere at once.
export const AUDIT_ACTIONS = [
  "create",
  "update",
  "delete",
  "publish",
  "unpublish",
  "archive",
  "role_change",
  "sign_in",
  "sign_in_failed",
  "sign_out_everywhere",
  "import",
  "export",
  "erase",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(value: unknown): value is AuditAction {
  return typeof value === "string" && (AUDIT_ACTIONS as readonly string[]).includes(value);
}
