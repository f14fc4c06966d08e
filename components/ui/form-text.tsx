"use client";
// The few words every form's fields and summary need ("optional", "Error",
// "There is a problem"), handed down by <Form> so the primitives need no i18n
// runtime: public pages send no next-intl to the browser, staff pages do.
import { createContext, use } from "react";

export type FormText = {
  /** After an optional field's label, in brackets (GOV.UK marks optional fields, not required ones). */
  optional: string;
  /** Before each error message (read by screen readers only) and before the page title after a failed submit. */
  error: string;
  /** The error summary's heading ("There is a problem"). */
  summaryTitle: string;
  /** The submit button while the form is being sent. */
  sending: string;
};

const FormTextContext = createContext<FormText>({
  optional: "optional",
  error: "Error",
  summaryTitle: "There is a problem",
  sending: "…",
});

export const FormTextProvider = FormTextContext.Provider;
export const useFormText = () => use(FormTextContext);
