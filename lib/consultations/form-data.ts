// Reads the request form's FormData for lib/consultations/actions.ts.
import "server-only";
import { z } from "zod";
import type { FormValues } from "./form-state";

const MULTI = new Set(["topics"]);
// Only these names are echoed back: anything else a client posts is dropped.
const ECHOED = [
  "name", "email", "phone", "organisationName", "organisationType", "topics", "stage", "theme", "description",
  "format", "language", "slotId", "privacyAcknowledged", "newsletterConsent",
] as const;

const ZFormString = z.string().max(10_000);

/** FormData → the plain object submitRequest parses, plus the values to echo back. */
export function readRequestForm(formData: FormData): { input: Record<string, unknown>; values: FormValues } {
  const text = (name: string) => {
    const parsed = ZFormString.safeParse(formData.get(name));
    return parsed.success ? parsed.data : undefined;
  };
  const values: FormValues = {};
  for (const name of ECHOED) {
    if (MULTI.has(name)) {
      values[name] = formData.getAll(name).filter((v): v is string => typeof v === "string").slice(0, 50);
    } else {
      const v = text(name);
      if (v !== undefined) values[name] = v;
    }
  }
  return {
    input: { ...values, locale: text("locale"), website: text("website") ?? "", renderedAt: text("renderedAt") },
    values,
  };
}
