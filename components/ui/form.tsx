"use client";
// One form for every server action that answers with a FormState
// (lib/forms/state.ts), public or staff: it works without JavaScript (a plain
// POST; the server renders the answer), and with it useActionState swaps the
// answer in. After every answer the form re-mounts with the echoed values as
// defaults, so nothing typed is lost; an error shows beside its field and in
// the error summary, which takes focus.
//
//   const form = useForm(saveThing, initialFormState(values));
//   <Form id="thing" form={form} messages={messages} fieldOrder={["name", "email"]}>
//     {(f) => (<>
//       <TextField {...f.text("name")} label="Name" required />
//       <SubmitButton>Save</SubmitButton>
//     </>)}
//   </Form>
// `messages` resolves error keys and problem codes (useStaffFormMessages in
// components/admin/form-messages.ts on staff pages; public forms build theirs
// from the strings the page passes in).
import type { ReactNode } from "react";
import { useActionState } from "react";
import type { FormState, FormValues } from "@/lib/forms/state";
import { ErrorSummary, type SummaryItem } from "./error-summary";
import { FormTextProvider, type FormText } from "./form-text";

export type FormMessages = {
  text: FormText;
  /** An error's i18n key → its text. */
  error: (key: string) => string;
  /** A problem code → what went wrong as a whole. */
  problem: (code: string) => string;
};

type Bound = { id: string; name: string; error: string | undefined };

export type FormBinding = {
  /** The control's id for `name` ("<formId>-<name>"). */
  id: (name: string) => string;
  /** The resolved error text for `name`, if any. */
  error: (name: string) => string | undefined;
  /** Props for TextField, TextareaField, SelectField. */
  text: (name: string) => Bound & { defaultValue: string };
  /** Props for CheckboxGroupField, RadioGroupField. */
  list: (name: string) => Bound & { defaultValue: string[] };
  /** Props for CheckboxField. */
  checked: (name: string) => Bound & { defaultChecked: boolean };
  /** Props for BilingualField: "<base>Lv" and "<base>En". */
  bilingual: (base: string) => { lv: Bound & { defaultValue: string }; en: Bound & { defaultValue: string } };
  values: FormValues;
  state: FormState;
};

export type FormHandle = { state: FormState; action: (formData: FormData) => void };

/** The form's server action with its state (useActionState). */
export function useForm(
  action: (previous: FormState, formData: FormData) => Promise<FormState>,
  initial: FormState,
): FormHandle {
  const [state, formAction] = useActionState(action, initial);
  return { state, action: formAction };
}

function bindForm(formId: string, state: FormState, messages: FormMessages): FormBinding {
  const id = (name: string) => `${formId}-${name}`;
  const error = (name: string) => {
    const key = state.fieldErrors[name]?.[0];
    return key ? messages.error(key) : undefined;
  };
  const str = (name: string) => {
    const v = state.values[name];
    return typeof v === "string" ? v : Array.isArray(v) ? (v[0] ?? "") : "";
  };
  const text = (name: string) => ({ id: id(name), name, defaultValue: str(name), error: error(name) });
  return {
    id,
    error,
    text,
    list: (name) => {
      const v = state.values[name];
      return {
        id: id(name),
        name,
        defaultValue: Array.isArray(v) ? v : typeof v === "string" && v ? [v] : [],
        error: error(name),
      };
    },
    checked: (name) => ({
      id: id(name),
      name,
      defaultChecked: ["on", "true", "1"].includes(str(name)),
      error: error(name),
    }),
    bilingual: (base) => ({ lv: text(`${base}Lv`), en: text(`${base}En`) }),
    values: state.values,
    state,
  };
}

/** Field errors in reading order (then any the order does not name), each linking to its field. */
function summaryItems(f: FormBinding, fieldOrder: readonly string[]): SummaryItem[] {
  const names = [...fieldOrder, ...Object.keys(f.state.fieldErrors).filter((n) => !fieldOrder.includes(n))];
  return names.flatMap((name) => {
    const text = f.error(name);
    if (!text) return [];
    return [name === "form" ? { text } : { id: f.id(name), text }];
  });
}

type Props = {
  id: string;
  form: FormHandle;
  messages: FormMessages;
  /** Field names in reading order, for the error summary. */
  fieldOrder?: readonly string[];
  /** Hidden inputs, e.g. { id, locale }. */
  hidden?: Record<string, string>;
  className?: string;
  /** A heading that names the form (rendered first inside it). */
  heading?: { id: string; node: ReactNode };
  children: (f: FormBinding) => ReactNode;
};

export function Form({ id, form, messages, fieldOrder = [], hidden = {}, className, heading, children }: Props) {
  const { state } = form;
  const f = bindForm(id, state, messages);
  const items = summaryItems(f, fieldOrder);
  const problem = state.problem ? messages.problem(state.problem) : null;
  return (
    <FormTextProvider value={messages.text}>
      <form
        key={state.attempt}
        id={id}
        action={form.action}
        noValidate
        aria-labelledby={heading?.id}
        className={className}
      >
        {heading?.node}
        {state.problem ? <ErrorSummary id={`${id}-summary`} description={problem} items={items} /> : null}
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children(f)}
      </form>
    </FormTextProvider>
  );
}

/**
 * Messages from a form's own dictionaries: public pages pass their strings in
 * (they send no i18n runtime to the browser). An error key is looked up by its
 * last part ("consultations.errors.emailInvalid" → errors.emailInvalid).
 */
export function dictionaryMessages(
  text: FormText,
  errors: Record<string, string>,
  problems: Record<string, string>,
): FormMessages {
  const generic = errors.generic ?? problems.generic ?? "";
  return {
    text,
    error: (key) => errors[key.split(".").at(-1) ?? ""] ?? generic,
    problem: (code) => problems[code] ?? problems.generic ?? generic,
  };
}
