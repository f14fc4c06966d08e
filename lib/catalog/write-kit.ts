// What the catalogue's write layers (lib/funding/write-*.ts,
// lib/resources/write.ts) share: their results and small row helpers.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { NotFound, Referenced, WriteResult } from "@/lib/write-result";
import { E } from "./fields";

export type SaveResult = WriteResult<{ id: string; slug: string }>;
export type PublicationResult = WriteResult<{ id: string; publication: string; changed: boolean }, NotFound>;
export type DeleteResult = WriteResult<{ id: string }, NotFound | Referenced>;

/** A slug chosen by two writers at once: the loser hears it beside the field. */
export const SLUG_TAKEN = { slug: ["slug", E("slugTaken")] } as const;

export const nullable = <T>(v: T | undefined): T | null => (v === undefined ? null : v);
export const decimalOrNull = (v: string | undefined) => (v === undefined ? null : new Prisma.Decimal(v));
