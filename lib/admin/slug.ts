// Unique, readable slugs from a title ("Rīgas Sociālā darbnīca" →
// "rigas-sociala-darbnica", then "…-2", "…-3" on collision). Call it inside
// the write's transaction; an advisory lock per entity and base slug makes
// two editors saving the same title at once get different slugs. The unique
// index stays the last line of defence (P2002 becomes a field error).
import { slugify } from "@/lib/taxonomy/keys";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;

type LockingTx = { $executeRaw(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<number> };

/** slugify() cut to SLUG_MAX without a trailing dash; `fallback` when nothing is left (e.g. only punctuation). */
export function baseSlug(title: string, fallback = "item"): string {
  const slug = slugify(title).slice(0, SLUG_MAX).replace(/-+$/g, "");
  return slug || fallback;
}

/** The first of base, base-2, base-3 … not in `taken`. */
export function nextFreeSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/g, "")}${suffix}`;
    if (!used.has(candidate)) return candidate;
  }
}

/**
 * `taken(base)` returns the slugs already used that start with `base`
 * (excluding the record being edited), e.g.
 *   (b) => tx.organisation.findMany({ where: { slug: { startsWith: b }, NOT: { id } }, select: { slug: true } }).then((r) => r.map((x) => x.slug))
 */
export async function uniqueSlug(
  tx: LockingTx,
  options: { entity: string; source: string; fallback?: string; taken: (base: string) => Promise<string[]> },
): Promise<string> {
  const base = baseSlug(options.source, options.fallback);
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`slug:${options.entity}:${base}`}))`;
  return nextFreeSlug(base, await options.taken(base.slice(0, SLUG_MAX - 4)));
}
