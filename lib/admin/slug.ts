// Slugs for every curated entity: generated from the Latvian name/title,
// kept short, unique per table (suffix "-2", "-3"… on collision), and
// editable by staff (an edited slug is checked with the same pattern).
import { slugify } from "@/lib/taxonomy/keys";

export const MAX_SLUG_LENGTH = 80;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "Ķirbju zupa — Rīgā!" → "kirbju-zupa-riga"; cut at a word boundary; never empty. */
export function slugFromText(text: string, max = MAX_SLUG_LENGTH): string {
  const full = slugify(text);
  if (!full) return "ieraksts";
  if (full.length <= max) return full;
  const cut = full.slice(0, max);
  const boundary = cut.lastIndexOf("-");
  return (boundary > max / 2 ? cut.slice(0, boundary) : cut).replace(/-+$/, "");
}

/**
 * The first of base, base-2, base-3… not taken. `takenWithPrefix` returns the
 * existing slugs starting with `base` (one query, e.g. `startsWith`), minus
 * the record's own slug when it is being renamed.
 */
export async function uniqueSlug(base: string, takenWithPrefix: (base: string) => Promise<Iterable<string>>): Promise<string> {
  const taken = new Set(await takenWithPrefix(base));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
