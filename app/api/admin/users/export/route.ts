// Administrators' download of the staff accounts as filtered on /admin/users
// (CSV or JSON): who has which role, whether active, last sign-in. No secrets.
import type { ExportColumn } from "@/lib/admin/export";
import { listExportHandler } from "@/lib/admin/export-route";
import { listUsersForExport, USER_LIST, type UserRow } from "@/lib/users/queries";

const COLUMNS: ExportColumn<UserRow>[] = [
  { key: "id", value: (r) => r.id },
  { key: "email", value: (r) => r.email },
  { key: "name", value: (r) => r.name },
  { key: "role", value: (r) => r.role },
  { key: "active", value: (r) => r.active },
  { key: "lastLoginAt", value: (r) => r.lastLoginAt },
  { key: "createdAt", value: (r) => r.createdAt },
];

export const GET = listExportHandler("users", USER_LIST, listUsersForExport, COLUMNS, "users:manage");
