// Authorization registry entries of the audit log (see lib/auth/registry.ts).
import type { HandlerEntry } from "@/lib/auth/registry";

export const HANDLERS: HandlerEntry[] = [
  // Called without ?format, so an allowed call answers 400 and writes no export entry.
  { file: "app/api/admin/audit/export/route.ts", method: "GET", permission: "users:manage" },
];
