// Saving and finding uploads: content sniffed against the allow-list, size
// limited per kind, bytes stored under a key of our own, an Upload row and its
// audit entry written in one transaction (the stored object is removed again
// if that transaction fails).
import "server-only";
import crypto from "node:crypto";
import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db";
import { detectType } from "./detect";
import { cleanFileName } from "./names";
import { KINDS_FOR, limitMb, SIZE_LIMITS, type UploadError, type UploadKind, type UploadPurpose } from "./policy";
import { newStorageKey, uploadStore, type UploadStore } from "./store";

type UploadSummary = { id: string; originalName: string; mimeType: string; sizeBytes: number; kind: UploadKind };

export type SaveUploadResult =
  { ok: true; upload: UploadSummary } | { ok: false; error: UploadError; limitMb?: number };

export type SaveUploadInput = {
  bytes: Uint8Array;
  originalName: string;
  purpose: UploadPurpose;
  actor: { id: string; email: string };
};

export async function saveUpload(
  input: SaveUploadInput,
  store: UploadStore = uploadStore(),
): Promise<SaveUploadResult> {
  const { bytes, purpose, actor } = input;
  if (bytes.length === 0) return { ok: false, error: "empty" };
  // Bigger than anything we accept: refuse before reading further into it.
  if (bytes.length > SIZE_LIMITS.document)
    return { ok: false, error: "tooLarge", limitMb: limitMb(purpose === "cover" ? "image" : "document") };
  const detected = await detectType(bytes);
  if (!detected.allowed) return { ok: false, error: purpose === "cover" ? "notImage" : "type" };
  const { kind, mime, ext } = detected.allowed;
  if (!KINDS_FOR[purpose].includes(kind)) return { ok: false, error: "notImage" };
  if (bytes.length > SIZE_LIMITS[kind]) return { ok: false, error: "tooLarge", limitMb: limitMb(kind) };

  const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
  const originalName = cleanFileName(input.originalName);
  const storageKey = newStorageKey(ext);
  await store.put(storageKey, bytes);
  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.upload.create({
        data: { storageKey, originalName, mimeType: mime, sizeBytes: bytes.length, sha256, uploadedById: actor.id },
        select: { id: true, originalName: true, mimeType: true, sizeBytes: true },
      });
      await writeAudit(
        {
          action: "create",
          entityType: "Upload",
          entityId: created.id,
          actorId: actor.id,
          actorEmail: actor.email,
          changes: {
            originalName: [null, originalName],
            mimeType: [null, mime],
            sizeBytes: [null, bytes.length],
            sha256: [null, sha256],
          },
        },
        tx,
      );
      return created;
    });
    return { ok: true, upload: { ...row, kind } };
  } catch (error) {
    await store.delete(storageKey).catch(() => undefined);
    throw error;
  }
}

export type ServedUpload = {
  id: string;
  storageKey: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  /** Attached to a published record: anyone may fetch it. */
  isPublic: boolean;
};

export async function findUploadForServing(id: string): Promise<ServedUpload | null> {
  const row = await db.upload.findUnique({
    where: { id },
    select: {
      id: true,
      storageKey: true,
      originalName: true,
      mimeType: true,
      sizeBytes: true,
      sha256: true,
      resource: { select: { publication: true } },
    },
  });
  if (!row) return null;
  const { resource, ...rest } = row;
  return { ...rest, isPublic: resource?.publication === "PUBLISHED" };
}
