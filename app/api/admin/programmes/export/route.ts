// Staff download of the programme list as filtered on /admin/programmes (CSV or JSON).
import type { ExportColumn } from "@/lib/admin/export";
import { listExportHandler } from "@/lib/admin/export-route";
import { listProgrammesForExport, PROGRAMME_LIST, type ProgrammeRecord } from "@/lib/funding/queries";

export const dynamic = "force-dynamic";

const FIELDS = [
  "id",
  "slug",
  "titleLv",
  "titleEn",
  "kind",
  "period",
  "summaryLv",
  "summaryEn",
  "themes",
  "url",
  "urlLv",
  "funderId",
  "operatorId",
  "managingAuthorityId",
  "publication",
  "sourceRefs",
  "isDemo",
  "createdAt",
  "updatedAt",
] as const satisfies readonly (keyof ProgrammeRecord)[];

const COLUMNS: ExportColumn<ProgrammeRecord>[] = FIELDS.map((key) => ({ key, value: (r) => r[key] }));

export const GET = listExportHandler("programmes", PROGRAMME_LIST, listProgrammesForExport, COLUMNS);
