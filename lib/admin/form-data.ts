// FormData → a plain object for zod and for echoing back to the form. Pure.
import type { z } from "zod";
import type { FieldErrors, FormValues } from "./form-state";

/**
 * Every field as a string, except the names in `arrays` (multi-selects,
 * checkbox groups), which are always string[]. Files are ignored.
 */
export function readForm(formData: unknown, arrays: readonly string[] = []): FormValues {
  const form = formData instanceof FormData ? formData : new FormData();
  const values: FormValues = {};
  for (const name of arrays) values[name] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string" || name.startsWith("$ACTION")) continue;
    if (arrays.includes(name)) (values[name] as string[]).push(value);
    else values[name] = value;
  }
  return values;
}

/** zod issues → field → i18n keys (the first path segment names the field; "form" when none). */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (out[field] ??= []).push(issue.message);
  }
  return out;
}

/**
 * The columns of a Prisma unique-constraint error (P2002), or null when the
 * error is something else. With the pg driver adapter the columns sit in
 * meta.driverAdapterError rather than meta.target, so both are read.
 */
export function uniqueViolationFields(error: unknown): string[] | null {
  if (typeof error !== "object" || error === null) return null;
  const e = error as { code?: unknown; meta?: Record<string, unknown> };
  if (e.code !== "P2002") return null;
  const target = e.meta?.target;
  if (Array.isArray(target)) return target.map(String);
  if (typeof target === "string") return [target];
  const cause = (
    e.meta?.driverAdapterError as { cause?: { constraint?: { fields?: unknown; index?: unknown } } } | undefined
  )?.cause;
  const fields = cause?.constraint?.fields;
  if (Array.isArray(fields)) return fields.map((f) => String(f).replace(/^"|"$/g, ""));
  const index = cause?.constraint?.index;
  return typeof index === "string" ? [index] : [];
}

/**
 * A record as the form's initial values: null → "", booleans → "on"/"",
 * dates → YYYY-MM-DD (date inputs), numbers and Decimals → text, lists of
 * strings kept as lists. Pick the fields the form shows.
 */
export function toFormValues(record: Record<string, unknown>): FormValues {
  const out: FormValues = {};
  for (const [name, value] of Object.entries(record)) {
    if (value === null || value === undefined) out[name] = "";
    else if (typeof value === "boolean") out[name] = value ? "on" : "";
    else if (value instanceof Date) out[name] = Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
    else if (Array.isArray(value)) out[name] = value.map(String);
    else out[name] = String(value);
  }
  return out;
}
