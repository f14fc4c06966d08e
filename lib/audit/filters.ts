// The audit log's filters as they live in the URL. Pages parse leniently (a
// bad value is dropped), the export API strictly (a bad value is a 400 naming
// the parameter). Dates are calendar days in Riga time; `to` is inclusive.
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { plainText } from "@/lib/forms/plain-text";
import { AUDIT_ACTIONS } from "./vocabulary";

export type AuditFilters = {
  actor?: string;
  action?: (typeof AUDIT_ACTIONS)[number];
  entityType?: string;
  entityId?: string;
  /** Start of the `from` day in Riga. */
  from?: Date;
  /** Start of the day after `to` in Riga (exclusive bound). */
  to?: Date;
};

/** The raw strings, for filling the filter form back in. */
export type AuditFilterValues = {
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  from: string;
  to: string;
};

const ZDay = plainText("audit.errors.controlCharacters")
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));
const ZText = (max: number) => plainText("audit.errors.controlCharacters").trim().max(max);

const ZAuditQuery = z.object({
  actor: ZText(254).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  entityType: plainText("audit.errors.controlCharacters")
    .trim()
    .max(64)
    .regex(/^[A-Za-z][A-Za-z0-9_]*$/)
    .optional(),
  entityId: ZText(64).optional(),
  from: ZDay.optional(),
  to: ZDay.optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
});

const FIELDS = ["actor", "action", "entityType", "entityId", "from", "to", "page"] as const;
type Raw = Record<string, string | string[] | undefined>;

function firstOf(raw: Raw | URLSearchParams, key: string): string | undefined {
  const value = raw instanceof URLSearchParams ? (raw.get(key) ?? undefined) : raw[key];
  const one = Array.isArray(value) ? value[0] : value;
  return one === undefined || one.trim() === "" ? undefined : one;
}

function rigaDayStart(day: string, plusDays = 0): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d + plusDays, "Europe/Riga").getTime());
}

function toFilters(q: z.infer<typeof ZAuditQuery>): AuditFilters {
  return {
    ...(q.actor ? { actor: q.actor } : {}),
    ...(q.action ? { action: q.action } : {}),
    ...(q.entityType ? { entityType: q.entityType } : {}),
    ...(q.entityId ? { entityId: q.entityId } : {}),
    ...(q.from ? { from: rigaDayStart(q.from) } : {}),
    ...(q.to ? { to: rigaDayStart(q.to, 1) } : {}),
  };
}

/** For pages: each bad value falls back to "no filter". */
export function parseAuditQueryLenient(raw: Raw | URLSearchParams): {
  filters: AuditFilters;
  values: AuditFilterValues;
  page: number;
} {
  const kept: Record<string, string> = {};
  for (const key of FIELDS) {
    const value = firstOf(raw, key);
    if (value === undefined) continue;
    const one = ZAuditQuery.shape[key].safeParse(value);
    if (one.success) kept[key] = value.trim();
  }
  const q = ZAuditQuery.parse(kept);
  return {
    filters: toFilters(q),
    values: {
      actor: q.actor ?? "",
      action: q.action ?? "",
      entityType: q.entityType ?? "",
      entityId: q.entityId ?? "",
      from: q.from ?? "",
      to: q.to ?? "",
    },
    page: q.page ?? 1,
  };
}

/** For the API: the first bad parameter is reported by name. */
export function parseAuditQueryStrict(
  params: URLSearchParams,
): { ok: true; filters: AuditFilters } | { ok: false; parameter: string } {
  const raw: Record<string, string> = {};
  for (const key of FIELDS) {
    const value = firstOf(params, key);
    if (value !== undefined) raw[key] = value;
  }
  const parsed = ZAuditQuery.safeParse(raw);
  if (!parsed.success) return { ok: false, parameter: String(parsed.error.issues[0]?.path[0] ?? "query") };
  return { ok: true, filters: toFilters(parsed.data) };
}

/** The filters as a query string (for paging links and the export links). */
export function auditQueryString(values: Partial<AuditFilterValues>, extra: Record<string, string> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...values, ...extra })) if (value) search.set(key, value);
  return search.toString();
}
