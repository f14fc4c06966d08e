// Authorization registry entries of uploads (see lib/auth/registry.ts). The
// public GET /api/uploads/{id} is outside /api/admin: it checks content:read
// itself for anything not attached to a published record.
import type { HandlerEntry } from "@/lib/auth/registry";

export const HANDLERS: HandlerEntry[] = [
  // A JSON body is not multipart: an allowed call answers 400 and stores nothing.
  { file: "app/api/admin/uploads/route.ts", method: "POST", permission: "content:write", body: () => ({}) },
];
