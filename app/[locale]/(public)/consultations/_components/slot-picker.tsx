"use client";
// The time choice: offered alternatives (after a slot was taken), the next
// free slots grouped by Riga day, or "contact me to agree a time".
import { Choice, FieldGroup, type Option } from "@/components/ui/field";

export type SlotDay = { day: string; slots: { id: string; label: string }[] };

type Props = {
  id: string;
  name: string;
  defaultValue: string;
  error: string | undefined;
  days: SlotDay[];
  /** Offered by the server after the chosen time was taken. */
  alternatives: readonly Option[];
  /** CONTACT_ME of schema.ts, passed in so the browser bundle does not load the schema (and zod). */
  contactMe: string;
  text: { slot: string; slotHint: string; noSlots: string; contactMe: string; alternatives: string };
};

export function SlotPicker({ id, name, defaultValue, error, days, alternatives, contactMe, text }: Props) {
  // After a refused booking the page's list is stale (the refused slot is still in it): only the server's fresh offer is shown.
  const rest = alternatives.length > 0 ? [] : days;
  return (
    <FieldGroup id={id} label={text.slot} hint={text.slotHint} error={error} required>
      {alternatives.length > 0 ? (
        <fieldset className="mt-3">
          <legend className="font-semibold">{text.alternatives}</legend>
          <div className="mt-1 space-y-1">
            {alternatives.map((s) => (
              <Choice key={s.value} type="radio" name={name} value={s.value} checked={defaultValue === s.value}>
                {s.label}
              </Choice>
            ))}
          </div>
        </fieldset>
      ) : null}
      {rest.map((d) => (
        <fieldset key={d.day} className="mt-3">
          <legend className="font-semibold">{d.day}</legend>
          <div className="mt-1 grid gap-1 sm:grid-cols-3">
            {d.slots.map((s) => (
              <Choice key={s.id} type="radio" name={name} value={s.id} checked={defaultValue === s.id}>
                {s.label}
              </Choice>
            ))}
          </div>
        </fieldset>
      ))}
      {days.length === 0 && alternatives.length === 0 ? <p className="mt-2">{text.noSlots}</p> : null}
      <Choice
        type="radio"
        name={name}
        value={contactMe}
        checked={defaultValue === contactMe}
        className="mt-3 font-semibold"
      >
        {text.contactMe}
      </Choice>
    </FieldGroup>
  );
}
