import { langAttr, type LocalizedText } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/routing";

export type FacetOption = { value: string; label: LocalizedText; count: number };

const list =
  "clear-left [&_label]:flex [&_label]:min-h-8 [&_label]:cursor-pointer [&_label]:items-start [&_label]:gap-x-1.5 [&_label]:py-0.5 [&_input]:mt-1 [&_input]:mr-0.5 [&_input]:size-4 [&_input]:shrink-0 [&_input]:accent-brand";

/**
 * One facet of a finder as checkboxes of a GET form: ticking two values of
 * it widens the results (OR), the count beside each value is the number of
 * results after ticking it. Renders nothing when there is nothing to offer.
 */
export function FacetFieldset({
  name,
  legend,
  options,
  selected,
  locale,
}: {
  name: string;
  legend: string;
  options: FacetOption[];
  selected: readonly string[];
  locale: Locale;
}) {
  if (options.length === 0) return null;
  return (
    <fieldset id={`facet-${name}`} data-facet={name} className="border-t border-line pt-3">
      <legend className="float-left mb-1 w-full font-bold">{legend}</legend>
      <ul className={list}>
        {options.map(({ value, label, count }) => {
          const lang = langAttr(label, locale);
          return (
            <li key={value}>
              <label>
                <input
                  type="checkbox"
                  name={name}
                  value={value}
                  data-count={count}
                  {...(selected.includes(value) ? { defaultChecked: true } : {})}
                />
                {lang ? <span lang={lang}>{label.text}</span> : label.text}
                <span className="text-muted">{`(${count})`}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/**
 * The values to offer: those with results under the other facets' filters,
 * plus every selected value (so it can still be unticked), in `order` when
 * given (stages on their path), otherwise by count.
 */
export function facetOptions(
  counts: { value: string; count: number }[],
  selected: readonly string[],
  label: (value: string) => LocalizedText,
  order?: readonly string[],
): FacetOption[] {
  const values = [
    ...counts,
    ...selected.filter((v) => !counts.some((c) => c.value === v)).map((value) => ({ value, count: 0 })),
  ];
  if (order) values.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  else values.sort((a, b) => b.count - a.count || label(a.value).text.localeCompare(label(b.value).text));
  return values.map((v) => ({ ...v, label: label(v.value) }));
}
