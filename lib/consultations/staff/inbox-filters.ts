// The inbox's filters as they live in the URL (a GET form, so a filtered view
// is a link and works without JavaScript). Parsed leniently: a bad value is
// dropped, never an error page. Dates are Riga calendar days; `to` is inclusive.
import { z } from "zod";
import { rigaDayRange } from "@/lib/time/riga";
import { STATUSES } from "./transitions";

const SORTS = ["newest", "oldest", "reference", "status"] as const;
type InboxSort = (typeof SORTS)[number];
export const PAGE_SIZE = 25;

const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  });
const KEY = /^[a-z0-9][a-z0-9-]{0,62}$/;

const FIELDS = {
  q: z.string().trim().min(1).max(200),
  status: z.enum(STATUSES),
  topic: z.string().regex(KEY),
  stage: z.string().regex(KEY),
  assignee: z.union([z.enum(["unassigned", "mine"]), z.string().regex(/^[a-z0-9]{1,64}$/)]),
  from: ZDay,
  to: ZDay,
  sort: z.enum(SORTS),
  page: z.coerce.number().int().min(1).max(10_000),
} as const;

type Key = keyof typeof FIELDS;
export type InboxValues = Record<Exclude<Key, "page">, string>;
export type InboxQuery = {
  values: InboxValues;
  q?: string;
  status?: (typeof STATUSES)[number];
  topic?: string;
  stage?: string;
  assignee?: string;
  from?: Date;
  /** Exclusive: the start of the day after `to`. */
  to?: Date;
  sort: InboxSort;
  page: number;
};

type Raw = Record<string, string | string[] | undefined>;

export function parseInboxQuery(raw: Raw): InboxQuery {
  const kept: Partial<Record<Key, string>> = {};
  for (const key of Object.keys(FIELDS) as Key[]) {
    const v = raw[key];
    const one = (Array.isArray(v) ? v[0] : v)?.trim();
    if (one && FIELDS[key].safeParse(one).success) kept[key] = one;
  }
  const values: InboxValues = {
    q: kept.q ?? "",
    status: kept.status ?? "",
    topic: kept.topic ?? "",
    stage: kept.stage ?? "",
    assignee: kept.assignee ?? "",
    from: kept.from ?? "",
    to: kept.to ?? "",
    sort: kept.sort ?? "",
  };
  return {
    values,
    q: kept.q,
    status: kept.status as InboxQuery["status"],
    topic: kept.topic,
    stage: kept.stage,
    assignee: kept.assignee,
    from: kept.from ? rigaDayRange(kept.from).start : undefined,
    to: kept.to ? rigaDayRange(kept.to).end : undefined,
    sort: (kept.sort as InboxSort | undefined) ?? "newest",
    page: kept.page ? Number(kept.page) : 1,
  };
}

/** The filters as a query string, for paging and sorting links. */
export function inboxQueryString(values: Partial<InboxValues>, extra: Record<string, string> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...values, ...extra })) if (value) search.set(key, value);
  return search.toString();
}
