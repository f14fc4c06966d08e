"use client";
// Cancel and move on the self-service page: server-action forms whose answer
// (an error, or alternatives after a slot was taken) shows beside them.
import { useActionState, useEffect, useRef } from "react";
import { cancelConsultation, moveConsultation } from "@/lib/consultations/actions";
import { INITIAL_MANAGE_STATE, type ManageFormState } from "@/lib/consultations/form-state";
import type messages from "@/messages/lv/consultations.json";
import type { SlotDay } from "../../_components/slot-picker";
import type { Locale } from "@/lib/i18n/routing";

type Text = (typeof messages)["consultations"]["manage"];
type Props = { token: string; locale: Locale; text: Text; slotDays: SlotDay[] };

function Problem({ state, text }: { state: ManageFormState; text: Text }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), [state.attempt]);
  if (!state.problem) return null;
  return (
    <p ref={ref} tabIndex={-1} role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
      {text.problems[state.problem]}
    </p>
  );
}

export function ManageForms({ token, locale, text, slotDays }: Props) {
  const [cancelState, cancel] = useActionState(cancelConsultation, INITIAL_MANAGE_STATE);
  const [moveState, move] = useActionState(moveConsultation, INITIAL_MANAGE_STATE);
  const offered = moveState.alternatives.length > 0 ? [{ day: "", slots: moveState.alternatives }] : slotDays;
  return (
    <div className="space-y-8">
      <section aria-labelledby="manage-move" className="space-y-3">
        <h2 id="manage-move" className="text-xl font-semibold text-brand-strong">
          {text.moveHeading}
        </h2>
        <Problem state={moveState} text={text} />
        {offered.length === 0 ? (
          <p>{text.noSlots}</p>
        ) : (
          <form key={moveState.attempt} action={move} className="space-y-3">
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="locale" value={locale} />
            <fieldset className="space-y-3">
              <legend className="font-semibold">{text.time}</legend>
              {offered.map((d) => (
                <div key={d.day || "offered"}>
                  {d.day ? <p className="font-semibold">{d.day}</p> : null}
                  {d.slots.map((s) => (
                    <label key={s.id} className="flex items-start gap-2">
                      <input type="radio" name="slotId" value={s.id} className="mt-1 size-4" />
                      <span>{s.label}</span>
                    </label>
                  ))}
                </div>
              ))}
            </fieldset>
            <button type="submit" className="rounded bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-strong">
              {text.move}
            </button>
          </form>
        )}
      </section>
      <section aria-labelledby="manage-cancel" className="space-y-3">
        <h2 id="manage-cancel" className="text-xl font-semibold text-brand-strong">
          {text.cancelHeading}
        </h2>
        <Problem state={cancelState} text={text} />
        <form action={cancel}>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button
            type="submit"
            className="rounded border-2 border-red-800 bg-white px-5 py-3 font-semibold text-red-800 hover:bg-red-50"
          >
            {text.cancel}
          </button>
        </form>
      </section>
    </div>
  );
}
