// Glue between the catalogue's write layers (typed results) and the kit's
// action runners (lib/admin/form-action.ts, lib/admin/delete-action.ts),
// which expect thrown NotFoundError / FieldError.
import "server-only";
import { FieldError, NotFoundError } from "@/lib/admin/write-errors";
import type { DeleteResult, PublicationResult, WriteResult } from "./write-kit";
import { PUBLICATION_STATES, type Publication } from "./fields";

export function unwrap(result: WriteResult): { id: string } {
  if (result.ok) return { id: result.id };
  if (result.code === "notFound") throw new NotFoundError();
  throw new FieldError(result.fieldErrors);
}

export function unwrapPublication(result: PublicationResult): void {
  if (!result.ok) throw new NotFoundError();
}

export function unwrapDelete(result: DeleteResult) {
  if (result.ok) return { ok: true as const };
  if (result.code === "notFound") throw new NotFoundError();
  return { ok: false as const, references: result.references };
}

/** The target state a publication button posts; anything else is "not found" (a no-op). */
export function publicationOf(formData: unknown): Publication {
  const value = formData instanceof FormData ? formData.get("publication") : null;
  const found = PUBLICATION_STATES.find((p) => p === value);
  if (!found) throw new NotFoundError();
  return found;
}
