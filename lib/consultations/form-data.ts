// Reads the request form's FormData for lib/consultations/actions.ts.
import "server-only";
import { readPublicForm } from "@/lib/forms/read-public-form";
import type { FormValues } from "./form-state";

const MULTI = new Set(["topics"]);
// Only these names are echoed back: anything else a client posts is dropped.
const ECHOED = [
  "name",
  "email",
  "phone",
  "organisationName",
  "organisationType",
  "topics",
  "stage",
  "theme",
  "description",
  "format",
  "language",
  "slotId",
  "privacyAcknowledged",
  "newsletterConsent",
] as const;

/** FormData → the plain object submitRequest parses, plus the values to echo back. */
export function readRequestForm(formData: FormData): { input: Record<string, unknown>; values: FormValues } {
  const { values, guard } = readPublicForm(formData, ECHOED, MULTI);
  return { input: { ...values, ...guard }, values };
}
