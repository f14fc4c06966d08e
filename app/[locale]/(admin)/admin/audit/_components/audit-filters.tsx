// The audit log's filters as a GET form: the filtered view is a link that can
// be bookmarked or shared, and it works without JavaScript.
import { getTranslations } from "next-intl/server";
import type { AuditFilterValues } from "@/lib/audit/filters";
import { AUDIT_ACTIONS } from "@/lib/audit/vocabulary";
import { Link } from "@/lib/i18n/link";

const inputClass = "mt-1 block w-full rounded border border-muted bg-white px-3 py-2 text-ink";

export async function AuditFilters({
  values,
  entityTypes,
  action,
}: {
  values: AuditFilterValues;
  entityTypes: string[];
  action: string;
}) {
  const [t, ta, te] = await Promise.all([
    getTranslations("audit.log"),
    getTranslations("audit.actions"),
    getTranslations("audit.entityTypes"),
  ]);
  const typeLabel = (type: string) => (te.has(type as "Innovation") ? te(type as "Innovation") : type);
  const types =
    values.entityType && !entityTypes.includes(values.entityType) ? [...entityTypes, values.entityType] : entityTypes;
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-labelledby="audit-filters-heading"
      className="rounded border border-line bg-surface p-4"
    >
      <h2 id="audit-filters-heading" className="text-lg font-semibold text-brand-strong">
        {t("filters")}
      </h2>
      <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div>
          <label htmlFor="audit-actor" className="font-semibold">
            {t("actor")}
          </label>
          <input
            id="audit-actor"
            name="actor"
            type="text"
            defaultValue={values.actor}
            maxLength={254}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="audit-action" className="font-semibold">
            {t("action")}
          </label>
          <select id="audit-action" name="action" defaultValue={values.action} className={inputClass}>
            <option value="">{t("anyAction")}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {ta(a)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-entity-type" className="font-semibold">
            {t("entityType")}
          </label>
          <select id="audit-entity-type" name="entityType" defaultValue={values.entityType} className={inputClass}>
            <option value="">{t("anyEntityType")}</option>
            {types.map((type) => (
              <option key={type} value={type}>
                {typeLabel(type)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-entity-id" className="font-semibold">
            {t("entityId")}
          </label>
          <input
            id="audit-entity-id"
            name="entityId"
            type="text"
            defaultValue={values.entityId}
            maxLength={64}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="audit-from" className="font-semibold">
            {t("from")}
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={values.from} className={inputClass} />
        </div>
        <div>
          <label htmlFor="audit-to" className="font-semibold">
            {t("to")}
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={values.to} className={inputClass} />
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="min-h-11 rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-strong"
        >
          {t("apply")}
        </button>
        <Link href="/admin/audit">{t("clear")}</Link>
      </div>
    </form>
  );
}
