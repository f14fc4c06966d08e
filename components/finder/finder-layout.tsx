import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * The two columns of a finder page inside its GET form: the filters with
 * their submit button (the no-JavaScript path), and the results under a
 * line with the count (a live region, so a new count is announced) and the
 * sort select.
 */
export async function FinderLayout({
  filters,
  total,
  countText,
  range,
  sort,
  children,
}: {
  filters: ReactNode;
  total: number;
  countText: string;
  /** "Showing 1–20", or null when the page has no results. */
  range: { from: number; to: number } | null;
  sort: { id: string; value: string; options: { value: string; label: string }[] };
  children: ReactNode;
}) {
  const t = await getTranslations("Finder");
  return (
    <div className="grid gap-8 lg:grid-cols-[17rem_1fr]">
      <section aria-labelledby="filters-heading">
        <h2 id="filters-heading" className="text-xl font-bold text-brand-strong">
          {t("filtersHeading")}
        </h2>
        <div className="mt-3 space-y-5">{filters}</div>
        <button
          type="submit"
          className="mt-5 min-h-11 rounded border-2 border-brand bg-white px-5 font-semibold text-brand hover:bg-surface"
        >
          {t("applyFilters")}
        </button>
      </section>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="sr-only">
          {t("resultsHeading")}
        </h2>
        <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
          {/* Stays in the DOM across client updates, so the new count is announced. */}
          <p role="status" aria-live="polite" aria-atomic="true" className="text-lg font-bold" data-total={total}>
            {countText}
            {range ? <span className="ml-2 text-base font-normal text-muted">{t("resultRange", range)}</span> : null}
          </p>
          <div>
            <label htmlFor={sort.id} className="mr-2 font-semibold">
              {t("sortLabel")}
            </label>
            <select
              id={sort.id}
              name="sort"
              defaultValue={sort.value}
              className="min-h-11 rounded border-2 border-muted bg-white px-2"
            >
              {sort.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        {children}
      </section>
    </div>
  );
}
