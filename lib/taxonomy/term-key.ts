// The key of a new term: slugify(Latvian label), short enough for the key
// pattern (63 characters), "-2", "-3"… when the vocabulary already has it.
import { slugify } from "./keys";

/** Leaves room for a "-99" suffix within the 63 characters a key may have. */
export const MAX_BASE_KEY = 56;

export function baseTermKey(labelLv: string): string {
  const full = slugify(labelLv);
  if (!full) return "termins";
  if (full.length <= MAX_BASE_KEY) return full;
  const cut = full.slice(0, MAX_BASE_KEY);
  const boundary = cut.lastIndexOf("-");
  return (boundary > MAX_BASE_KEY / 2 ? cut.slice(0, boundary) : cut).replace(/-+$/, "");
}

export function freeTermKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
