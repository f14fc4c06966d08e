// Authorization registry entries of the CSV import (see lib/auth/registry.ts).
import type { ActionEntry, HandlerEntry } from "@/lib/auth/registry";
import { initialImportState } from "./form-state";

export const ACTIONS: ActionEntry[] = [
  // No file / no token: allowed calls stop at validation and write nothing.
  {
    file: "lib/import/actions.ts",
    export: "checkImport",
    permission: "content:write",
    args: () => [initialImportState, new FormData()],
  },
  {
    file: "lib/import/actions.ts",
    export: "runImport",
    permission: "content:write",
    args: () => [initialImportState, new FormData()],
  },
  {
    file: "lib/import/actions.ts",
    export: "importStatus",
    permission: "content:write",
    args: () => [initialImportState, new FormData()],
  },
];

export const HANDLERS: HandlerEntry[] = [
  // Without ?kind an allowed call answers 400.
  { file: "app/api/admin/import/template/route.ts", method: "GET", permission: "content:write" },
];
