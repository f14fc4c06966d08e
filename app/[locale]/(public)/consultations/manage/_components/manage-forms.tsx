"use client";
// Cancel and move on the self-service page: forms of the kit whose answer (an
// error, or other times after the chosen one was taken) shows in their summary.
import { Choice, FieldGroup } from "@/components/ui/field";
import { dictionaryMessages, Form, useForm } from "@/components/ui/form";
import type { FormText } from "@/components/ui/form-text";
import { SubmitButton } from "@/components/ui/submit-button";
import { cancelConsultation, moveConsultation } from "@/lib/consultations/actions";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import type { Locale } from "@/lib/i18n/routing";
import type messages from "@/messages/lv/consultations.json";
import type { SlotDay } from "../../_components/slot-picker";

type Text = (typeof messages)["consultations"]["manage"];
type Props = { token: string; locale: Locale; kit: FormText; text: Text; slotDays: SlotDay[] };

export function ManageForms({ token, locale, kit, text, slotDays }: Props) {
  const cancel = useForm(cancelConsultation, INITIAL_FORM_STATE);
  const move = useForm(moveConsultation, INITIAL_FORM_STATE);
  const messages = dictionaryMessages(kit, {}, text.problems);
  const offered = move.state.choices?.length
    ? [{ day: "", slots: move.state.choices.map((c) => ({ id: c.value, label: c.label })) }]
    : slotDays;
  return (
    <div className="space-y-8">
      <section aria-labelledby="manage-move" className="space-y-3">
        <h2 id="manage-move" className="text-xl font-semibold text-brand-strong">
          {text.moveHeading}
        </h2>
        {offered.length === 0 ? (
          <p>{text.noSlots}</p>
        ) : (
          <Form id="manage-move-form" form={move} messages={messages} hidden={{ token, locale }} className="space-y-3">
            {(f) => (
              <>
                <FieldGroup id={f.id("slotId")} label={text.time} required>
                  {offered.map((d) => (
                    <div key={d.day || "offered"}>
                      {d.day ? <p className="font-semibold">{d.day}</p> : null}
                      {d.slots.map((s) => (
                        <Choice key={s.id} type="radio" name="slotId" value={s.id} checked={false}>
                          {s.label}
                        </Choice>
                      ))}
                    </div>
                  ))}
                </FieldGroup>
                <SubmitButton>{text.move}</SubmitButton>
              </>
            )}
          </Form>
        )}
      </section>
      <section aria-labelledby="manage-cancel" className="space-y-3">
        <h2 id="manage-cancel" className="text-xl font-semibold text-brand-strong">
          {text.cancelHeading}
        </h2>
        <Form id="manage-cancel-form" form={cancel} messages={messages} hidden={{ token, locale }}>
          {() => <SubmitButton tone="danger-secondary">{text.cancel}</SubmitButton>}
        </Form>
      </section>
    </div>
  );
}
