// The changed fields of one audit entry, in words: "Status: Pending" for a
// value that was set, "Status: from Draft to Published" for a change, field
// names and known values (enums, sign-in reasons) through messages
// audit.fields / audit.values, anything else as stored. Long values are cut
// with a <details> to read them in full (works without JavaScript). Used by
// EntityHistory and the audit log page.
import { getTranslations } from "next-intl/server";
import { changeRows, HIDDEN, truncate } from "@/lib/audit/changes";

type Translator = Awaited<ReturnType<typeof getTranslations<"audit">>>;

/** "titleLv" → "Title (LV)"; unknown fields as stored. */
function fieldLabel(t: Translator, field: string): string {
  const lang = /^(.+?)(Lv|En)$/.exec(field);
  const base = lang ? lang[1]! : field;
  const key = `fields.${base}` as "fields.status";
  if (!t.has(key)) return field;
  return lang ? `${t(key)} (${lang[2]!.toUpperCase()})` : t(key);
}

/** A stored value in words where it is a known code (PENDING, unknown_account, …). */
function valueLabel(t: Translator, text: string): string {
  const key = `values.${text}` as "values.PENDING";
  return /^[A-Za-z_]+$/.test(text) && t.has(key) ? t(key) : text;
}

async function Value({ text }: { text: string }) {
  const t = await getTranslations("audit");
  if (text === "") return <span className="text-muted italic">{t("changes.empty")}</span>;
  if (text === HIDDEN) return <span className="text-muted italic">{t("changes.hidden")}</span>;
  const label = valueLabel(t, text);
  const short = truncate(label);
  if (!short.truncated) return <span className="break-words whitespace-pre-wrap">{label}</span>;
  return (
    <details className="inline-block max-w-full align-top">
      <summary className="cursor-pointer">
        <span className="break-words">{short.text}</span>{" "}
        <span className="text-brand underline">{t("changes.showFull")}</span>
      </summary>
      <span className="mt-1 block max-h-80 overflow-auto rounded border border-line bg-surface p-2 break-words whitespace-pre-wrap">
        {label}
      </span>
    </details>
  );
}

export async function AuditChanges({ changes }: { changes: unknown }) {
  const t = await getTranslations("audit");
  const rows = changeRows(changes);
  if (rows.length === 0) return <span className="text-muted">{t("changes.none")}</span>;
  return (
    <ul className="space-y-1">
      {rows.map((row, i) => (
        <li key={`${row.field}-${i}`} data-field={row.field}>
          {row.field ? <span className="font-semibold">{fieldLabel(t, row.field)}: </span> : null}
          {row.kind === "value" ? (
            <Value text={row.value} />
          ) : row.before === "" ? (
            <Value text={row.after} />
          ) : (
            <>
              {t("changes.from")} <Value text={row.before} /> {t("changes.to")} <Value text={row.after} />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
