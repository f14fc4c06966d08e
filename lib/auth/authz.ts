// Authorization registry entries of the auth feature (see lib/auth/registry.ts).
import type { ActionEntry, HandlerEntry } from "@/lib/auth/registry";

export const ACTIONS: ActionEntry[] = [
  { file: "lib/auth/actions.ts", export: "signOutEverywhere", permission: "staff" },
];

export const HANDLERS: HandlerEntry[] = [{ file: "app/api/admin/me/route.ts", method: "GET", permission: "staff" }];
