// The directory's filter form: a plain GET form (server component).
import type { DirectoryQuery } from "@/lib/organisations/public";

type Option = { value: string; label: string };
type Text = Record<"search" | "type" | "role" | "support" | "region" | "all" | "apply" | "clear", string>;

const control = "mt-1 block w-full rounded border border-muted bg-white px-3 py-2 text-ink";

export function DirectoryFilters({
  action,
  query,
  options,
  text,
}: {
  action: string;
  query: DirectoryQuery;
  options: Record<"type" | "roles" | "supportTypes" | "region", Option[]>;
  text: Text;
}) {
  const selects: { name: "type" | "role" | "support" | "region"; label: string; options: Option[] }[] = [
    { name: "type", label: text.type, options: options.type },
    { name: "role", label: text.role, options: options.roles },
    { name: "support", label: text.support, options: options.supportTypes },
    { name: "region", label: text.region, options: options.region },
  ];
  return (
    <form method="get" action={action} role="search" className="rounded border border-line bg-surface p-4">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <div className="sm:col-span-2 lg:col-span-1">
          <label htmlFor="directory-q" className="block font-semibold">
            {text.search}
          </label>
          <input id="directory-q" name="q" type="search" defaultValue={query.q} className={control} />
        </div>
        {selects.map((s) => (
          <div key={s.name}>
            <label htmlFor={`directory-${s.name}`} className="block font-semibold">
              {s.label}
            </label>
            <select
              id={`directory-${s.name}`}
              name={s.name}
              defaultValue={query.filters[s.name] ?? ""}
              className={control}
            >
              <option value="">{text.all}</option>
              {s.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="min-h-11 rounded bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-strong"
        >
          {text.apply}
        </button>
        <a href={action}>{text.clear}</a>
      </div>
    </form>
  );
}
