// The inbox filters as a GET form: a filtered view is a link that can be
// bookmarked or shared, and it works without JavaScript.
import { getTranslations } from "next-intl/server";
import type { InboxValues } from "@/lib/consultations/staff/inbox-filters";
import type { StaffOption } from "@/lib/consultations/staff/queries";
import { STATUSES } from "@/lib/consultations/staff/transitions";
import { Link } from "@/lib/i18n/link";

const inputClass = "mt-1 block w-full rounded border border-muted bg-white px-3 py-2 text-ink";
type Choice = { value: string; label: string };

export async function InboxFilters({
  values,
  action,
  topics,
  stages,
  staff,
}: {
  values: InboxValues;
  action: string;
  topics: Choice[];
  stages: Choice[];
  staff: StaffOption[];
}) {
  const [t, ts] = await Promise.all([getTranslations("inbox.filters"), getTranslations("inbox.statuses")]);
  const select = (name: keyof InboxValues, label: string, any: string, choices: Choice[]) => (
    <div>
      <label htmlFor={`inbox-${name}`} className="font-semibold">
        {label}
      </label>
      <select id={`inbox-${name}`} name={name} defaultValue={values[name]} className={inputClass}>
        <option value="">{any}</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-labelledby="inbox-filters-heading"
      className="rounded border border-line bg-surface p-4"
    >
      <h2 id="inbox-filters-heading" className="text-lg font-semibold text-brand-strong">
        {t("heading")}
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="sm:col-span-2 lg:col-span-3">
          <label htmlFor="inbox-q" className="font-semibold">
            {t("q")}
          </label>
          <p id="inbox-q-hint" className="text-sm text-muted">
            {t("qHint")}
          </p>
          <input
            id="inbox-q"
            name="q"
            type="search"
            defaultValue={values.q}
            maxLength={200}
            aria-describedby="inbox-q-hint"
            className={inputClass}
          />
        </div>
        {select(
          "status",
          t("status"),
          t("anyStatus"),
          STATUSES.map((s) => ({ value: s, label: ts(s) })),
        )}
        {select("topic", t("topic"), t("anyTopic"), topics)}
        {select("stage", t("stage"), t("anyStage"), stages)}
        {select("assignee", t("assignee"), t("anyAssignee"), [
          { value: "mine", label: t("mine") },
          { value: "unassigned", label: t("unassigned") },
          ...staff.map((s) => ({ value: s.id, label: s.label })),
        ])}
        <div>
          <label htmlFor="inbox-from" className="font-semibold">
            {t("from")}
          </label>
          <input id="inbox-from" name="from" type="date" defaultValue={values.from} className={inputClass} />
        </div>
        <div>
          <label htmlFor="inbox-to" className="font-semibold">
            {t("to")}
          </label>
          <input id="inbox-to" name="to" type="date" defaultValue={values.to} className={inputClass} />
        </div>
        {select("sort", t("sort"), t("sortNewest"), [
          { value: "oldest", label: t("sortOldest") },
          { value: "reference", label: t("sortReference") },
          { value: "status", label: t("sortStatus") },
        ])}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="min-h-11 rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-strong"
        >
          {t("apply")}
        </button>
        <Link href="/admin/consultations">{t("clear")}</Link>
      </div>
    </form>
  );
}
