// A stored resource as its form's initial values: extra links one per line,
// the attached file as its upload id plus a label for the upload field.
import { toFormValues } from "@/lib/admin/form-data";
import type { FormValues } from "@/lib/admin/form-state";

export const RESOURCE_FORM_FIELDS = [
  "titleLv",
  "titleEn",
  "slug",
  "type",
  "summaryLv",
  "summaryEn",
  "audiences",
  "stages",
  "themes",
  "language",
  "publisher",
  "license",
  "year",
  "url",
  "alternateUrls",
  "fileId",
  "featured",
] as const;
export const RESOURCE_ARRAYS = ["audiences", "stages", "themes"] as const;

type WithFile = Record<string, unknown> & {
  file?: { originalName: string; sizeBytes: number; mimeType: string } | null;
};

export function resourceFormValues(record: WithFile): FormValues {
  const values = toFormValues(Object.fromEntries(RESOURCE_FORM_FIELDS.map((f) => [f, record[f]])));
  const urls = values.alternateUrls;
  values.alternateUrls = Array.isArray(urls) ? urls.join("\n") : (urls ?? "");
  // Not a record field: the upload field shows it, and it is echoed back after an error like any other value.
  values.fileLabel = record.file
    ? JSON.stringify({ name: record.file.originalName, size: record.file.sizeBytes, mime: record.file.mimeType })
    : "";
  return values;
}

export const NEW_RESOURCE_VALUES: FormValues = { audiences: [], stages: [], themes: [] };
