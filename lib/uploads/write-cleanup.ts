// Uploads no record ever took: a file chosen in a staff form that was then
// abandoned (a replaced or deleted record's file is removed by that write
// itself, lib/resources/write.ts). The nightly retention job deletes those
// older than a day: rows and audit entries in one transaction per batch, then
// the stored bytes. A form left open longer is told beside its file field
// that the file is gone ("fileInvalid") and asks for it again.
import "server-only";
import { subHours } from "date-fns";
import { writeAudit } from "@/lib/audit/write";
import { db } from "@/lib/db";
import { uploadStore, type UploadStore } from "./store";

/** How long an unattached upload waits for the form it was chosen in. */
const UNATTACHED_UPLOAD_HOURS = 24;
const BATCH = 200;

/**
 * Deletes one batch of unattached uploads created before `now` minus the
 * grace period; returns how many. Rows are locked (FOR UPDATE SKIP LOCKED),
 * so a save attaching one of them at this moment either wins (the upload is
 * skipped) or waits and is refused by the foreign key, never left pointing
 * at a deleted file.
 */
export async function deleteUnattachedUploads(now = new Date(), store: UploadStore = uploadStore()): Promise<number> {
  const cutoff = subHours(now, UNATTACHED_UPLOAD_HOURS);
  const removed = await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; storageKey: string; originalName: string; createdAt: Date }[]>`
      SELECT u."id", u."storageKey", u."originalName", u."createdAt" FROM "Upload" u
      WHERE u."createdAt" < ${cutoff}
        AND NOT EXISTS (SELECT 1 FROM "Resource" r WHERE r."fileId" = u."id")
      ORDER BY u."createdAt"
      LIMIT ${BATCH}
      FOR UPDATE OF u SKIP LOCKED`;
    if (rows.length === 0) return [];
    await tx.upload.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
    for (const r of rows) {
      await writeAudit(
        {
          action: "delete",
          entityType: "Upload",
          entityId: r.id,
          changes: {
            originalName: [r.originalName, null],
            reason: "unattached",
            uploadedAt: r.createdAt.toISOString(),
          },
        },
        tx,
      );
    }
    return rows;
  });
  // After the commit: bytes whose rows are gone are served by nothing; one left behind is only disk space.
  for (const r of removed) {
    await store
      .delete(r.storageKey)
      .catch((e: unknown) =>
        console.error("upload object not removed", r.storageKey, e instanceof Error ? e.message : e),
      );
  }
  return removed.length;
}
