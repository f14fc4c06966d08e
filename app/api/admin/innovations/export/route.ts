// Staff download of the innovation list as filtered on /admin/innovations
// (CSV for Excel, or JSON). Column names are the CSV import's
// (lib/innovations/schema.ts CSV_COLUMNS), so an edited export imports back.
import type { ExportColumn } from "@/lib/admin/export";
import { listExportHandler } from "@/lib/admin/export-route";
import { exportInnovations, INNOVATION_LIST_SPEC, type InnovationExportRow } from "@/lib/innovations/admin-queries";

const orgs = (r: InnovationExportRow, role: "IMPLEMENTER" | "SUPPORTER") =>
  r.organisations.filter((o) => o.role === role).map((o) => o.organisation.slug);

const COLUMNS: ExportColumn<InnovationExportRow>[] = [
  { key: "id", value: (r) => r.id },
  { key: "slug", value: (r) => r.slug },
  { key: "publication", value: (r) => r.publication },
  { key: "titleLv", value: (r) => r.titleLv },
  { key: "titleEn", value: (r) => r.titleEn },
  { key: "summaryLv", value: (r) => r.summaryLv },
  { key: "summaryEn", value: (r) => r.summaryEn },
  { key: "stage", value: (r) => r.stage },
  { key: "status", value: (r) => r.status },
  { key: "startYear", value: (r) => r.startYear },
  { key: "endYear", value: (r) => r.endYear },
  { key: "impactKind", value: (r) => r.impactKind },
  { key: "themes", value: (r) => r.themes },
  { key: "targetGroups", value: (r) => r.targetGroups },
  { key: "region", value: (r) => r.region },
  { key: "municipality", value: (r) => r.municipality },
  { key: "country", value: (r) => r.country },
  { key: "featured", value: (r) => r.featured },
  { key: "source", value: (r) => r.source },
  { key: "implementers", value: (r) => orgs(r, "IMPLEMENTER") },
  { key: "supporters", value: (r) => orgs(r, "SUPPORTER") },
  // "; " between links: a URL may hold a comma
  { key: "links", value: (r) => r.links.map((l) => l.url).join("; ") },
  { key: "publishedAt", value: (r) => r.publishedAt },
  { key: "createdAt", value: (r) => r.createdAt },
  { key: "updatedAt", value: (r) => r.updatedAt },
];

export const GET = listExportHandler("innovations", INNOVATION_LIST_SPEC, exportInnovations, COLUMNS);
