// Staff download of projects as filtered on /admin/projects (links as slugs).
import type { ExportColumn } from "@/lib/admin/export";
import { listExportHandler } from "@/lib/admin/export-route";
import { listProjectsForExport, PROJECT_LIST, type ProjectExportRow } from "@/lib/projects/queries";

const orgs = (r: ProjectExportRow, role: string) =>
  r.organisations.filter((o) => o.role === role).map((o) => o.organisation.slug);

const COLUMNS: ExportColumn<ProjectExportRow>[] = [
  { key: "id", value: (r) => r.id },
  { key: "slug", value: (r) => r.slug },
  { key: "code", value: (r) => r.code },
  { key: "titleLv", value: (r) => r.titleLv },
  { key: "titleEn", value: (r) => r.titleEn },
  { key: "summaryLv", value: (r) => r.summaryLv },
  { key: "summaryEn", value: (r) => r.summaryEn },
  { key: "programme", value: (r) => r.programme?.slug ?? null },
  { key: "budgetEur", value: (r) => (r.budgetEur === null ? null : r.budgetEur.toString()) },
  { key: "startsOn", value: (r) => r.startsOn?.toISOString().slice(0, 10) ?? null },
  { key: "endsOn", value: (r) => r.endsOn?.toISOString().slice(0, 10) ?? null },
  { key: "url", value: (r) => r.url },
  { key: "publication", value: (r) => r.publication },
  { key: "leads", value: (r) => orgs(r, "LEAD") },
  { key: "partners", value: (r) => orgs(r, "PARTNER") },
  { key: "funders", value: (r) => orgs(r, "FUNDER") },
  { key: "innovations", value: (r) => r.innovations.map((i) => i.innovation.slug) },
  { key: "updatedAt", value: (r) => r.updatedAt },
];

export const GET = listExportHandler("projects", PROJECT_LIST, listProjectsForExport, COLUMNS);
