import { Q_MAX_LENGTH } from "@/lib/search/params";

/**
 * A finder's text box with its label, hint and submit button, inside the
 * finder's GET form (the filters and the sort are in the same form, so the
 * words are searched with them). `role="search"` makes it a landmark.
 */
export function SearchBox({
  id,
  label,
  hint,
  submit,
  value,
}: {
  id: string;
  label: string;
  hint: string;
  submit: string;
  value: string;
}) {
  return (
    <div role="search" className="flex flex-wrap items-end gap-3">
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className="block font-bold">
          {label}
        </label>
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
        <input
          id={id}
          type="search"
          name="q"
          defaultValue={value}
          maxLength={Q_MAX_LENGTH}
          aria-describedby={`${id}-hint`}
          className="mt-1 min-h-11 w-full rounded border-2 border-muted px-3 py-2"
        />
      </div>
      <button type="submit" className="min-h-11 rounded bg-brand px-5 font-semibold text-white hover:bg-brand-strong">
        {submit}
      </button>
    </div>
  );
}
