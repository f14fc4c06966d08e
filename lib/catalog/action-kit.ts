// What the catalogue's actions (funding, resources) share.
import "server-only";
import { PUBLICATION_STATES, type Publication } from "./fields";

/** The target state a publication button posts, or null for anything else (answered "notFound", a no-op). */
export function publicationOf(form: FormData): Publication | null {
  const value = form.get("publication");
  return PUBLICATION_STATES.find((p) => p === value) ?? null;
}
