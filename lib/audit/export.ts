// The filtered audit log as a download (CSV with BOM for Excel, or JSON),
// streamed in batches. The export is itself an audit entry: who took a copy of
// the log, with which filters.
import "server-only";
import { writeAudit } from "@/lib/audit/write";
import type { StaffUser } from "@/lib/auth/session";
import { CSV_BOM, csvRow } from "@/lib/open-data/csv";
import { changesText, redactChanges } from "./changes";
import type { AuditFilters } from "./filters";
import { iterateAuditLog, type AuditEntryRow } from "./queries";

export type ExportFormat = "csv" | "json";

const CSV_HEADER = ["at", "actor", "actorEmail", "action", "entityType", "entityId", "changes", "ip"];

const csvLine = (r: AuditEntryRow) =>
  csvRow([
    r.at.toISOString(),
    r.actor,
    r.actorEmail,
    r.action,
    r.entityType,
    r.entityId,
    changesText(r.changes),
    r.ip ?? null,
  ]);

const jsonEntry = (r: AuditEntryRow) => ({
  at: r.at.toISOString(),
  actor: r.actor,
  actorEmail: r.actorEmail,
  action: r.action,
  entityType: r.entityType,
  entityId: r.entityId,
  changes: redactChanges(r.changes),
  ip: r.ip ?? null,
});

function filtersForLog(filters: AuditFilters) {
  return Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
}

export async function auditExportResponse(
  user: StaffUser,
  filters: AuditFilters,
  format: ExportFormat,
  ip: string | null,
): Promise<Response> {
  await writeAudit({
    action: "export",
    entityType: "AuditLog",
    actorId: user.id,
    actorEmail: user.email,
    changes: { format, filters: filtersForLog(filters) },
    ip,
  });
  const encoder = new TextEncoder();
  const batches = iterateAuditLog(filters);
  let first = true;
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(format === "csv" ? CSV_BOM + csvRow(CSV_HEADER) : "["));
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) {
          if (format === "json") controller.enqueue(encoder.encode("]\n"));
          controller.close();
          return;
        }
        const text =
          format === "csv"
            ? next.value.map(csvLine).join("")
            : next.value
                .map((r) => {
                  const s = (first ? "\n" : ",\n") + JSON.stringify(jsonEntry(r));
                  first = false;
                  return s;
                })
                .join("");
        controller.enqueue(encoder.encode(text));
      } catch (error) {
        console.error("audit export failed", error instanceof Error ? error.message : String(error));
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${stamp}.${format}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
