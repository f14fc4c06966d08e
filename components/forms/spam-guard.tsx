// The anti-spam fields every public form posts (checked by lib/forms/spam.ts):
// the signed token of when the form was handed out, and a honeypot that people never see (off
// screen and hidden from assistive tech) but form-filling bots fill in.
export function SpamGuard({ formId, formToken, label }: { formId: string; formToken: string; label: string }) {
  return (
    <>
      <input type="hidden" name="formToken" value={formToken} />
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={`${formId}-website`}>{label}</label>
        <input id={`${formId}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
    </>
  );
}
