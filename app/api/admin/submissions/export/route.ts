// Staff download of the moderation queue as filtered on /admin/submissions
// (CSV or JSON): what the list shows, without submitters' e-mail addresses.
import type { ExportColumn } from "@/lib/admin/export";
import { listExportHandler } from "@/lib/admin/export-route";
import { listSubmissionsForExport, SUBMISSION_LIST_SPEC, type SubmissionListRow } from "@/lib/submissions/queries";

const COLUMNS: ExportColumn<SubmissionListRow>[] = [
  { key: "id", value: (r) => r.id },
  { key: "kind", value: (r) => r.kind },
  { key: "status", value: (r) => r.status },
  { key: "title", value: (r) => r.title },
  { key: "submitterName", value: (r) => r.submitterName },
  { key: "locale", value: (r) => r.locale },
  { key: "createdAt", value: (r) => r.createdAt },
];

export const GET = listExportHandler("submissions", SUBMISSION_LIST_SPEC, listSubmissionsForExport, COLUMNS);
