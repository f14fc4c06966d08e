// Staff download of the toolkit list as filtered on /admin/resources (CSV or JSON),
// with the attached file's name and its address.
import type { ExportColumn } from "@/lib/admin/export";
import { listExportHandler } from "@/lib/admin/export-route";
import { listResourcesForExport, RESOURCE_LIST, type ResourceRecord } from "@/lib/resources/queries";

export const dynamic = "force-dynamic";

const FIELDS = [
  "id",
  "slug",
  "titleLv",
  "titleEn",
  "summaryLv",
  "summaryEn",
  "type",
  "audiences",
  "stages",
  "themes",
  "language",
  "publisher",
  "license",
  "year",
  "url",
  "alternateUrls",
  "featured",
  "publication",
  "sourceRefs",
  "isDemo",
  "demoNote",
  "createdAt",
  "updatedAt",
] as const satisfies readonly (keyof ResourceRecord)[];

const COLUMNS: ExportColumn<ResourceRecord>[] = [
  ...FIELDS.map((key): ExportColumn<ResourceRecord> => ({ key, value: (r) => r[key] })),
  { key: "fileName", value: (r) => r.file?.originalName ?? null },
  { key: "filePath", value: (r) => (r.file ? `/api/uploads/${r.file.id}` : null) },
];

export const GET = listExportHandler("resources", RESOURCE_LIST, listResourcesForExport, COLUMNS);
