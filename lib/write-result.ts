// The one result model of the write layers (lib/<domain>/write.ts): a write
// answers { ok: true, … } or a typed refusal, which the form action runner
// (lib/forms/action.ts) turns into messages as it is, with no exception in
// between. Inside a transaction, `refuse()` rolls back and `settle()` hands
// the refusal back as the result; a unique-constraint race (Prisma P2002)
// becomes a field error the same way.
import type { FieldErrors, Reference, Choice } from "@/lib/forms/state";

export type Invalid = { ok: false; code: "invalid"; fieldErrors: FieldErrors };
export type NotFound = { ok: false; code: "notFound" };
export type Referenced = { ok: false; code: "referenced"; references: Reference[] };

/** Any refusal: the common ones above, or a domain's own code with what the person needs to know. */
export type Refusal = {
  ok: false;
  code: string;
  fieldErrors?: FieldErrors;
  references?: Reference[];
  counts?: Record<string, number>;
  choices?: Choice[];
  /** Names what the refusal is about, for its message (e.g. the terms that clash). */
  detail?: string;
};

export type WriteResult<T extends object = { id: string }, R extends Refusal = Invalid | NotFound> =
  ({ ok: true } & T) | R;

export const invalid = (fieldErrors: FieldErrors): Invalid => ({ ok: false, code: "invalid", fieldErrors });
export const notFound = (): NotFound => ({ ok: false, code: "notFound" });

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.code);
    this.name = "Refused";
  }
}

/** Inside settle(): rolls the transaction back and makes `refusal` the write's result. */
export function refuse<R extends Refusal>(refusal: R): never {
  throw new Refused(refusal);
}

/**
 * The columns of a Prisma unique-constraint error (P2002), or null when the
 * error is something else. With the pg driver adapter the columns sit in
 * meta.driverAdapterError rather than meta.target, so both are read.
 */
export function uniqueViolationFields(error: unknown): string[] | null {
  if (typeof error !== "object" || error === null) return null;
  const e = error as { code?: unknown; meta?: Record<string, unknown> };
  if (e.code !== "P2002") return null;
  const target = e.meta?.target;
  if (Array.isArray(target)) return target.map(String);
  if (typeof target === "string") return [target];
  const cause = (
    e.meta?.driverAdapterError as { cause?: { constraint?: { fields?: unknown; index?: unknown } } } | undefined
  )?.cause;
  const fields = cause?.constraint?.fields;
  if (Array.isArray(fields)) return fields.map((f) => String(f).replace(/^"|"$/g, ""));
  const index = cause?.constraint?.index;
  return typeof index === "string" ? [index] : [];
}

/** A unique column (or a fragment of its index name) → the field and message key that report a clash, or the refusal it means. */
export type UniqueFields = Record<string, readonly [field: string, key: string] | Refusal>;

/**
 * Runs a write and returns `refuse()`'s refusal, or the answer `unique` names
 * for a unique-constraint race on one of its columns, as its result; anything
 * else is a real failure and is thrown on. `Result` is the write's declared
 * result type: it must include every refusal `run` can raise (and Invalid
 * when `unique` is given).
 */
export async function settle<Result extends { ok: boolean }>(
  run: () => Promise<Result>,
  unique: UniqueFields = {},
): Promise<Result> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Refused) return error.refusal as unknown as Result;
    const columns = uniqueViolationFields(error) ?? [];
    // Two writers chose the same value at once: the loser hears it beside the field.
    const hit = Object.entries(unique).find(([column]) => columns.some((c) => c === column || c.includes(column)));
    if (hit) {
      const [, answer] = hit;
      return ("ok" in answer ? answer : invalid({ [answer[0]]: [answer[1]] })) as unknown as Result;
    }
    throw error;
  }
}
