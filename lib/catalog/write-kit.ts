// What the catalogue's write layers (lib/funding/*-write.ts,
// lib/resources/write.ts) share: the transaction client type, the actor, the
// "roll back and answer with field errors" exception, and the typed results.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Reference } from "@/lib/admin/form-state";
import { E } from "./fields";

/** Who writes: a staff member (StaffUser fits). */
export type Actor = { id: string; email?: string | null; ip?: string | null };

export type FieldErrors = Partial<Record<string, string[]>>;

export type WriteResult =
  | { ok: true; id: string; slug: string }
  | { ok: false; code: "invalid"; fieldErrors: FieldErrors }
  | { ok: false; code: "notFound" };

export type PublicationResult =
  { ok: true; id: string; publication: string; changed: boolean } | { ok: false; code: "notFound" };

export type DeleteResult =
  | { ok: true; id: string }
  | { ok: false; code: "notFound" }
  | { ok: false; code: "referenced"; references: Reference[] };

/** Thrown inside a transaction to roll it back and answer with field errors. */
export class Invalid extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super("invalid");
  }
}

export class Missing extends Error {
  constructor() {
    super("not found");
  }
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** Runs a write and turns the expected refusals into typed results. */
export async function settle(
  run: () => Promise<WriteResult>,
  uniqueField: (error: unknown) => string = () => "slug",
): Promise<WriteResult> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, code: "invalid", fieldErrors: error.fieldErrors };
    if (error instanceof Missing) return { ok: false, code: "notFound" };
    // Two writers chose the same slug at once: the loser hears it beside the field.
    if (isUniqueViolation(error)) {
      const field = uniqueField(error);
      return {
        ok: false,
        code: "invalid",
        fieldErrors: { [field]: [E(field === "slug" ? "slugTaken" : `${field}Taken`)] },
      };
    }
    throw error;
  }
}

export const nullable = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
export const decimalOrNull = (v: string | undefined) => (v === undefined ? null : new Prisma.Decimal(v));

/** The audit action of a publication change. */
export function publicationAction(before: string, after: string): "publish" | "unpublish" | "archive" | "update" {
  if (after === "PUBLISHED") return "publish";
  if (after === "ARCHIVED") return "archive";
  if (before === "PUBLISHED") return "unpublish";
  return "update";
}
