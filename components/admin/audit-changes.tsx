// The changed fields of one audit entry as "field: before → after", values as
// plain text; long values are cut with a <details> to read them in full
// (works without JavaScript). Used by EntityHistory and the audit log page.
import { getTranslations } from "next-intl/server";
import { changeRows, HIDDEN, truncate } from "@/lib/audit/changes";

async function Value({ text }: { text: string }) {
  const t = await getTranslations("audit.changes");
  if (text === "") return <span className="text-muted italic">{t("empty")}</span>;
  if (text === HIDDEN) return <span className="text-muted italic">{t("hidden")}</span>;
  const short = truncate(text);
  if (!short.truncated) return <span className="break-words whitespace-pre-wrap">{text}</span>;
  return (
    <details className="inline-block max-w-full align-top">
      <summary className="cursor-pointer">
        <span className="break-words">{short.text}</span> <span className="text-brand underline">{t("showFull")}</span>
      </summary>
      <span className="mt-1 block max-h-80 overflow-auto rounded border border-line bg-surface p-2 break-words whitespace-pre-wrap">
        {text}
      </span>
    </details>
  );
}

export async function AuditChanges({ changes }: { changes: unknown }) {
  const t = await getTranslations("audit.changes");
  const rows = changeRows(changes);
  if (rows.length === 0) return <span className="text-muted">{t("none")}</span>;
  return (
    <ul className="space-y-1">
      {rows.map((row, i) => (
        <li key={`${row.field}-${i}`} data-field={row.field}>
          {row.field ? <span className="font-mono text-sm">{row.field}</span> : null}
          {row.field ? ": " : null}
          {row.kind === "diff" ? (
            <>
              <span className="sr-only">{t("before")}: </span>
              <Value text={row.before} />
              <span aria-hidden="true"> → </span>
              <span className="sr-only">, {t("after")}: </span>
              <Value text={row.after} />
            </>
          ) : (
            <Value text={row.value} />
          )}
        </li>
      ))}
    </ul>
  );
}
