// URL ⇄ SearchQuery. Pages parse leniently (anything odd falls back to a
// default, so an old or hand-edited link still shows results); the open-data
// API parses strictly and names the offending parameter in a 400.
import { z } from "zod";
import {
  FACETS,
  SORTS,
  type Facet,
  type Locale,
  type SearchFilters,
  type SearchQuery,
  type SearchSort,
} from "./engine";

export const Q_MAX_LENGTH = 200;
export const PAGE_SIZE_DEFAULT = 20;
export const PAGE_SIZE_MAX = 100;
/** Deep OFFSET paging only costs; nobody reads result 50 000. */
export const PAGE_MAX = 500;
const VALUES_PER_FACET_MAX = 50;

/** URL parameter of each facet (the SearchFilters key is the same). */
export const FACET_PARAMS: Record<Facet, string> = Object.fromEntries(FACETS.map((f) => [f, f])) as Record<
  Facet,
  string
>;

/** Allowed values per facet; a facet without a set is checked by format only (startYear). */
export type FacetVocabulary = Partial<Record<Facet, ReadonlySet<string>>>;

export type ParamError = { param: string; message: string };
export type StrictResult = { ok: true; query: SearchQuery } | { ok: false; error: ParamError };

export type Input = URLSearchParams | string | Record<string, string | string[] | undefined>;
type Options = { locale?: Locale };

const YEAR = /^(1[89]\d\d|20\d\d|2100)$/;
// NUL cannot be stored or compared in PostgreSQL text, other controls are noise.
const CONTROL = /[\u0000-\u001f\u007f]/g;

const isValue = (facet: Facet, value: string, vocabulary: FacetVocabulary): boolean => {
  const allowed = vocabulary[facet];
  if (allowed) return allowed.has(value);
  return facet === "startYear" ? YEAR.test(value) : false;
};

/** name → every value, in order. A raw query string is decoded here so malformed %-escapes can be reported. */
export function entries(input: Input): { values: Map<string, string[]>; badEncoding?: string } {
  const values = new Map<string, string[]>();
  const add = (k: string, v: string) => values.set(k, [...(values.get(k) ?? []), v]);
  if (typeof input === "string") {
    let badEncoding: string | undefined;
    for (const pair of input.replace(/^\?/, "").split("&")) {
      if (!pair) continue;
      const eq = pair.indexOf("=");
      const rawKey = eq < 0 ? pair : pair.slice(0, eq);
      const rawValue = eq < 0 ? "" : pair.slice(eq + 1);
      const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, " "));
      let key: string;
      try {
        key = decode(rawKey);
      } catch {
        badEncoding ??= rawKey;
        continue;
      }
      try {
        add(key, decode(rawValue));
      } catch {
        badEncoding ??= key;
      }
    }
    return { values, badEncoding };
  }
  if (input instanceof URLSearchParams) {
    for (const [k, v] of input) add(k, v);
    return { values };
  }
  for (const [k, v] of Object.entries(input)) for (const item of [v ?? []].flat()) add(k, item);
  return { values };
}

/** Repeated (`theme=a&theme=b`) and comma-separated (`theme=a,b`) forms both work. */
export const splitValues = (raw: string[]): string[] => [
  ...new Set(
    raw
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean),
  ),
];

export const cleanQ = (q: string) =>
  q
    .replace(CONTROL, " ")
    .replace(/\uFFFD/g, "")
    .replace(/\s+/g, " ")
    .trim();

const zPage = z.coerce.number().int().min(1).max(PAGE_MAX);
const zPageSize = z.coerce.number().int().min(1).max(PAGE_SIZE_MAX);
const zSort = z.enum(SORTS);

const defaults = (locale: Locale): SearchQuery => ({
  q: "",
  filters: {},
  sort: "relevance",
  page: 1,
  pageSize: PAGE_SIZE_DEFAULT,
  locale,
});

export function parseSearchParamsLenient(
  input: Input,
  vocabulary: FacetVocabulary,
  options: Options = {},
): SearchQuery {
  const { values } = entries(input);
  const query = defaults(options.locale ?? "lv");
  const one = (name: string) => values.get(name)?.[0];
  query.q = cleanQ(one("q") ?? "")
    .slice(0, Q_MAX_LENGTH)
    .trim();
  const sort = zSort.safeParse(one("sort"));
  if (sort.success) query.sort = sort.data;
  const pageNumber = Number.parseInt(one("page") ?? "", 10);
  if (Number.isFinite(pageNumber) && pageNumber >= 1) query.page = Math.min(pageNumber, PAGE_MAX);
  const sizeNumber = Number.parseInt(one("pageSize") ?? "", 10);
  if (Number.isFinite(sizeNumber) && sizeNumber >= 1) query.pageSize = Math.min(sizeNumber, PAGE_SIZE_MAX);
  const filters: SearchFilters = {};
  for (const facet of FACETS) {
    const kept = splitValues(values.get(FACET_PARAMS[facet]) ?? [])
      .filter((v) => isValue(facet, v, vocabulary))
      .slice(0, VALUES_PER_FACET_MAX);
    if (kept.length) filters[facet] = kept;
  }
  query.filters = filters;
  return query;
}

export function parseSearchParamsStrict(
  input: Input,
  vocabulary: FacetVocabulary,
  options: Options = {},
): StrictResult {
  const { values, badEncoding } = entries(input);
  const fail = (param: string, message: string): StrictResult => ({ ok: false, error: { param, message } });
  if (badEncoding !== undefined) return fail(badEncoding, "invalid percent-encoding (must be UTF-8)");
  const query = defaults(options.locale ?? "lv");
  for (const name of ["q", "sort", "page", "pageSize"]) {
    if ((values.get(name)?.length ?? 0) > 1) return fail(name, "must be given at most once");
  }
  const one = (name: string) => values.get(name)?.[0];

  const rawQ = one("q") ?? "";
  if (rawQ.includes("\uFFFD")) return fail("q", "invalid UTF-8");
  const q = cleanQ(rawQ);
  if (q.length > Q_MAX_LENGTH) return fail("q", `at most ${Q_MAX_LENGTH} characters`);
  query.q = q;

  const sort = one("sort");
  if (sort !== undefined) {
    const parsed = zSort.safeParse(sort);
    if (!parsed.success) return fail("sort", `must be one of ${SORTS.join(", ")}`);
    query.sort = parsed.data as SearchSort;
  }
  for (const [name, schema, key] of [
    ["page", zPage, "page"],
    ["pageSize", zPageSize, "pageSize"],
  ] as const) {
    const raw = one(name);
    if (raw === undefined) continue;
    const parsed = /^\d+$/.test(raw.trim()) ? schema.safeParse(raw) : null;
    if (!parsed?.success) {
      const max = name === "page" ? PAGE_MAX : PAGE_SIZE_MAX;
      return fail(name, `must be an integer from 1 to ${max}`);
    }
    query[key] = parsed.data;
  }

  const filters: SearchFilters = {};
  for (const facet of FACETS) {
    const param = FACET_PARAMS[facet];
    const list = splitValues(values.get(param) ?? []);
    if (list.length > VALUES_PER_FACET_MAX) return fail(param, `at most ${VALUES_PER_FACET_MAX} values`);
    const unknown = list.find((v) => !isValue(facet, v, vocabulary));
    if (unknown !== undefined) return fail(param, `unknown value "${unknown.slice(0, 60)}"`);
    if (list.length) filters[facet] = list;
  }
  query.filters = filters;
  return { ok: true, query };
}

/** The canonical URL parameters of a query (defaults omitted, repeated facet params). */
export function toSearchParams(
  query: Omit<SearchQuery, "locale">,
  overrides: Partial<SearchQuery> = {},
): URLSearchParams {
  const merged = { ...query, ...overrides };
  const params = new URLSearchParams();
  if (merged.q) params.set("q", merged.q);
  for (const facet of FACETS) for (const v of merged.filters[facet] ?? []) params.append(FACET_PARAMS[facet], v);
  if (merged.sort !== "relevance") params.set("sort", merged.sort);
  if (merged.page !== 1) params.set("page", String(merged.page));
  if (merged.pageSize !== PAGE_SIZE_DEFAULT) params.set("pageSize", String(merged.pageSize));
  return params;
}
