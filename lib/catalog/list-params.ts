// URL ⇄ query of the public finder pages (toolkit, funding calls): words,
// filters by facet, sort and page. Pages parse leniently (an unknown value or
// a hand-edited number falls back to the default, so an old link still shows
// results); feeds and APIs parse strictly and name the parameter in a 400.
// The URL reading itself (repeated or comma-separated values, %-escapes) is
// the innovation search's, so every finder reads a link the same way.
import { cleanQ, entries, splitValues, type Input, type ParamError } from "@/lib/search/params";

const Q_MAX_LENGTH = 200;
const PAGE_MAX = 500;
const VALUES_PER_FACET_MAX = 50;

export type FinderSpec<F extends string, S extends string> = {
  facets: readonly F[];
  sorts: readonly S[];
  defaultSort: S;
  /** Used when the URL selects nothing (or nothing valid) in that facet, e.g. calls that are open or upcoming. */
  defaultFilters?: Partial<Record<F, readonly string[]>>;
};

/** Allowed values of each facet (vocabulary keys from the database, or a fixed list). */
export type FinderValues<F extends string> = Record<F, ReadonlySet<string>>;

export type FinderQuery<F extends string, S extends string> = {
  q: string;
  filters: Partial<Record<F, string[]>>;
  sort: S;
  page: number;
};

export type FinderStrict<F extends string, S extends string> =
  { ok: true; query: FinderQuery<F, S> } | { ok: false; error: ParamError };

function withDefaults<F extends string, S extends string>(
  spec: FinderSpec<F, S>,
  filters: Partial<Record<F, string[]>>,
): Partial<Record<F, string[]>> {
  const out = { ...filters };
  for (const [facet, values] of Object.entries(spec.defaultFilters ?? {}) as [F, readonly string[]][]) {
    if (!out[facet]?.length) out[facet] = [...values];
  }
  return out;
}

export function parseFinderLenient<F extends string, S extends string>(
  spec: FinderSpec<F, S>,
  allowed: FinderValues<F>,
  input: Input,
): FinderQuery<F, S> {
  const { values } = entries(input);
  const one = (name: string) => values.get(name)?.[0];
  const sort = one("sort");
  const page = Number.parseInt(one("page") ?? "", 10);
  const filters: Partial<Record<F, string[]>> = {};
  for (const facet of spec.facets) {
    const kept = splitValues(values.get(facet) ?? [])
      .filter((v) => allowed[facet].has(v))
      .slice(0, VALUES_PER_FACET_MAX);
    if (kept.length) filters[facet] = kept;
  }
  return {
    q: cleanQ(one("q") ?? "")
      .slice(0, Q_MAX_LENGTH)
      .trim(),
    filters: withDefaults(spec, filters),
    sort: sort !== undefined && (spec.sorts as readonly string[]).includes(sort) ? (sort as S) : spec.defaultSort,
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, PAGE_MAX) : 1,
  };
}

export function parseFinderStrict<F extends string, S extends string>(
  spec: FinderSpec<F, S>,
  allowed: FinderValues<F>,
  input: Input,
): FinderStrict<F, S> {
  const { values, badEncoding } = entries(input);
  const fail = (param: string, message: string): FinderStrict<F, S> => ({ ok: false, error: { param, message } });
  if (badEncoding !== undefined) return fail(badEncoding, "invalid percent-encoding (must be UTF-8)");
  for (const name of ["q", "sort", "page"]) {
    if ((values.get(name)?.length ?? 0) > 1) return fail(name, "must be given at most once");
  }
  const one = (name: string) => values.get(name)?.[0];

  const rawQ = one("q") ?? "";
  if (rawQ.includes("\uFFFD")) return fail("q", "invalid UTF-8");
  const q = cleanQ(rawQ);
  if (q.length > Q_MAX_LENGTH) return fail("q", `at most ${Q_MAX_LENGTH} characters`);

  const rawSort = one("sort");
  if (rawSort !== undefined && !(spec.sorts as readonly string[]).includes(rawSort))
    return fail("sort", `must be one of ${spec.sorts.join(", ")}`);

  const rawPage = one("page");
  const page = rawPage === undefined ? 1 : /^\d+$/.test(rawPage.trim()) ? Number(rawPage) : NaN;
  if (!(page >= 1 && page <= PAGE_MAX)) return fail("page", `must be an integer from 1 to ${PAGE_MAX}`);

  const filters: Partial<Record<F, string[]>> = {};
  for (const facet of spec.facets) {
    const list = splitValues(values.get(facet) ?? []);
    if (list.length > VALUES_PER_FACET_MAX) return fail(facet, `at most ${VALUES_PER_FACET_MAX} values`);
    const unknown = list.find((v) => !allowed[facet].has(v));
    if (unknown !== undefined) return fail(facet, `unknown value "${unknown.slice(0, 60)}"`);
    if (list.length) filters[facet] = list;
  }
  return {
    ok: true,
    query: { q, filters: withDefaults(spec, filters), sort: (rawSort as S | undefined) ?? spec.defaultSort, page },
  };
}

const sameValues = (a: readonly string[] = [], b: readonly string[] = []) =>
  a.length === b.length && a.every((v) => b.includes(v));

/** The canonical parameters of a query: defaults left out, one parameter per facet value. */
export function finderParams<F extends string, S extends string>(
  spec: FinderSpec<F, S>,
  query: FinderQuery<F, S>,
  overrides: Partial<FinderQuery<F, S>> = {},
): URLSearchParams {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  for (const facet of spec.facets) {
    const selected = merged.filters[facet] ?? [];
    if (spec.defaultFilters?.[facet] && sameValues(selected, spec.defaultFilters[facet])) continue;
    for (const v of selected) params.append(facet, v);
  }
  if (merged.sort !== spec.defaultSort) params.set("sort", merged.sort);
  if (merged.page !== 1) params.set("page", String(merged.page));
  return params;
}

/** A finder URL (path without locale prefix) for a query. */
export function finderHref<F extends string, S extends string>(
  pathname: string,
  spec: FinderSpec<F, S>,
  query: FinderQuery<F, S>,
  overrides: Partial<FinderQuery<F, S>> = {},
): string {
  const qs = finderParams(spec, query, overrides).toString();
  return qs ? `${pathname}?${qs}` : pathname;
}

/** The query with one value (or the whole facet) taken out, back on page 1. */
export function withoutFilter<F extends string, S extends string>(
  query: FinderQuery<F, S>,
  facet: F,
  value?: string,
): FinderQuery<F, S> {
  const filters = { ...query.filters };
  const kept = value === undefined ? [] : (filters[facet] ?? []).filter((v) => v !== value);
  if (kept.length) filters[facet] = kept;
  else delete filters[facet];
  return { ...query, filters, page: 1 };
}
