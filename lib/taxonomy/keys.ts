// Stable keys derived from labels, e.g. "Ādažu novads" → "adazu-novads".
// Used for municipalities, which the source vocabulary lists by name only.
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
