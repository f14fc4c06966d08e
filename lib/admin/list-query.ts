// A staff list's state lives in the URL (q, filters, sort, dir, page,
// pageSize), so every filtered list is a shareable link and works without
// JavaScript. Parsing is lenient: an unknown sort, a bad page number or a
// filter value that is not an allowed key falls back to the default instead
// of failing the page. Pure: used by pages, export handlers and tests alike.
import { CONTROL_CHARACTERS } from "@/lib/forms/plain-text";

type SortDir = "asc" | "desc";
export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

export type ListSpec<S extends string = string, F extends string = string> = {
  /** Sortable column keys; the first unknown value falls back to defaultSort. */
  sorts: readonly S[];
  defaultSort: S;
  defaultDir?: SortDir;
  /**
   * Filter name → allowed values. `null` accepts any key-like value
   * (letters, digits, "-", "_", ".", ":"; at most 100 characters), e.g. a vocabulary key.
   */
  filters?: { readonly [K in F]: readonly string[] | null };
  pageSizes?: readonly number[];
  defaultPageSize?: number;
};

export type ListQuery<S extends string = string, F extends string = string> = {
  q: string;
  filters: Partial<Record<F, string>>;
  sort: S;
  dir: SortDir;
  page: number;
  pageSize: number;
};

const KEY_LIKE = /^[\p{L}\p{N}_.:-]{1,100}$/u;
const DEFAULT_PAGE_SIZES = [25, 50, 100] as const;
const MAX_QUERY = 200;

function first(params: SearchParamsInput, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

export function parseListQuery<S extends string, F extends string = never>(
  params: SearchParamsInput,
  spec: ListSpec<S, F>,
): ListQuery<S, F> {
  // control characters (a NUL cannot even reach PostgreSQL) mean nothing in a search: spaces instead
  const q = (first(params, "q") ?? "").replace(CONTROL_CHARACTERS, " ").trim().slice(0, MAX_QUERY);
  const sortRaw = first(params, "sort");
  const sort = spec.sorts.find((s) => s === sortRaw) ?? spec.defaultSort;
  const dirRaw = first(params, "dir");
  const dir: SortDir = dirRaw === "asc" || dirRaw === "desc" ? dirRaw : (spec.defaultDir ?? "asc");
  const pageRaw = Number(first(params, "page"));
  const page = Number.isSafeInteger(pageRaw) && pageRaw >= 1 ? pageRaw : 1;
  const sizes = spec.pageSizes ?? DEFAULT_PAGE_SIZES;
  const sizeRaw = Number(first(params, "pageSize"));
  const pageSize = sizes.includes(sizeRaw) ? sizeRaw : (spec.defaultPageSize ?? sizes[0] ?? 25);
  const filters: Partial<Record<F, string>> = {};
  for (const [name, allowed] of Object.entries(spec.filters ?? {}) as [F, readonly string[] | null][]) {
    const value = first(params, name)?.trim();
    if (!value) continue;
    if (allowed ? allowed.includes(value) : KEY_LIKE.test(value)) filters[name] = value;
  }
  return { q, filters, sort, dir, page, pageSize };
}

/** Prisma's skip/take for the query's page. */
export const pageWindow = (query: Pick<ListQuery, "page" | "pageSize">) => ({
  skip: (query.page - 1) * query.pageSize,
  take: query.pageSize,
});

export const pageCount = (total: number, pageSize: number) => Math.max(1, Math.ceil(total / pageSize));

/**
 * The query string of `query` with `patch` applied, leaving out defaults so
 * links stay short. Changing anything but the page goes back to page 1.
 */
export function listSearch<S extends string, F extends string>(
  query: ListQuery<S, F>,
  spec: ListSpec<S, F>,
  patch: Partial<Omit<ListQuery<S, F>, "filters">> & { filters?: Partial<Record<F, string | undefined>> } = {},
): string {
  const next = { ...query, ...patch, filters: { ...query.filters, ...patch.filters } };
  if (!("page" in patch)) next.page = 1;
  const out = new URLSearchParams();
  if (next.q) out.set("q", next.q);
  for (const [name, value] of Object.entries(next.filters) as [string, string | undefined][])
    if (value) out.set(name, value);
  if (next.sort !== spec.defaultSort || next.dir !== (spec.defaultDir ?? "asc")) {
    out.set("sort", next.sort);
    out.set("dir", next.dir);
  }
  if (next.pageSize !== (spec.defaultPageSize ?? (spec.pageSizes ?? DEFAULT_PAGE_SIZES)[0]))
    out.set("pageSize", String(next.pageSize));
  if (next.page > 1) out.set("page", String(next.page));
  const text = out.toString();
  return text ? `?${text}` : "";
}
