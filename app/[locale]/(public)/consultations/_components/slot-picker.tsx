// The time choice: offered alternatives (after a slot was taken), the next
// free slots grouped by Riga day, or "contact me to agree a time".
import type { SlotOption } from "@/lib/consultations/form-state";
import { FieldError } from "@/components/forms/fields";

export type SlotDay = { day: string; slots: SlotOption[] };

type Props = {
  id: string;
  days: SlotDay[];
  alternatives: SlotOption[];
  checked: string;
  error: string | undefined;
  /** CONTACT_ME of schema.ts, passed in so the browser bundle does not load the schema (and zod). */
  contactMe: string;
  text: { slot: string; slotHint: string; noSlots: string; contactMe: string; alternatives: string; required: string };
};

function Radio({ slot, checked }: { slot: SlotOption; checked: string }) {
  return (
    <label className="flex items-start gap-2">
      <input type="radio" name="slotId" value={slot.id} defaultChecked={checked === slot.id} className="mt-1 size-4" />
      <span>{slot.label}</span>
    </label>
  );
}

export function SlotPicker({ id, days, alternatives, checked, error, contactMe, text }: Props) {
  // After a refused booking the page's list is stale (the refused slot is still in it): only the server's fresh offer is shown.
  const rest = alternatives.length > 0 ? [] : days;
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(" ")}
      className={error ? "rounded border-2 border-red-700 p-3" : "rounded border border-muted p-3"}
    >
      <legend className="px-1 font-semibold">
        {text.slot} <span className="font-normal text-muted">({text.required})</span>
      </legend>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {text.slotHint}
      </p>
      <FieldError id={id} error={error} />
      {alternatives.length > 0 ? (
        <fieldset className="mt-3">
          <legend className="font-semibold">{text.alternatives}</legend>
          <div className="mt-1 space-y-1">
            {alternatives.map((s) => (
              <Radio key={s.id} slot={s} checked={checked} />
            ))}
          </div>
        </fieldset>
      ) : null}
      {rest.map((d) => (
        <fieldset key={d.day} className="mt-3">
          <legend className="font-semibold">{d.day}</legend>
          <div className="mt-1 grid gap-1 sm:grid-cols-3">
            {d.slots.map((s) => (
              <Radio key={s.id} slot={s} checked={checked} />
            ))}
          </div>
        </fieldset>
      ))}
      {days.length === 0 && alternatives.length === 0 ? <p className="mt-2">{text.noSlots}</p> : null}
      <label className="mt-3 flex items-start gap-2 font-semibold">
        <input
          type="radio"
          name="slotId"
          value={contactMe}
          defaultChecked={checked === contactMe}
          className="mt-1 size-4"
        />
        <span>{text.contactMe}</span>
      </label>
    </fieldset>
  );
}
