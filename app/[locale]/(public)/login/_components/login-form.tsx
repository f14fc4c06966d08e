"use client";
// Sign-in with e-mail and password through next-auth's client (the answer
// stays on this page), on the form kit's fields and error summary. A failure
// keeps the e-mail, empties the password and moves focus to the summary.
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/submit-button";
import { FormTextProvider } from "@/components/ui/form-text";
import { signInProblem, type SignInProblem } from "@/lib/auth/sign-in-errors";
import { MagicLinkForm } from "./magic-link-form";
import { checkEmail, ProblemMessage, useLoginFormText, type EmailError } from "./problem";

type FieldErrors = { email?: EmailError; password?: "passwordRequired" };

export function LoginForm({
  callbackPath,
  initialProblem,
}: {
  callbackPath: string;
  initialProblem: SignInProblem | null;
}) {
  const t = useTranslations("auth.login");
  const formText = useLoginFormText();
  const locale = useLocale();
  const id = useId();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<SignInProblem | null>(initialProblem);
  const [pending, setPending] = useState(false);
  // the summary re-mounts (and takes focus) on every failed attempt
  const [attempt, setAttempt] = useState(0);
  const problemId = `${id}-problem`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const read = (name: string) => String(new FormData(form).get(name) ?? "");
    const email = read("email");
    const password = read("password");
    const errors: FieldErrors = { email: checkEmail(email), password: password ? undefined : "passwordRequired" };
    setFieldErrors(errors);
    setProblem(null);
    if (errors.email || errors.password) {
      setAttempt((n) => n + 1);
      return;
    }
    setPending(true);
    const result = await signIn("credentials", { email: email.trim(), password, redirect: false });
    if (result?.ok && !result.error) {
      // A full load, so the server renders the staff area with the new cookie.
      window.location.assign(callbackPath);
      return;
    }
    setPending(false);
    const passwordInput = form.elements.namedItem("password");
    if (passwordInput instanceof HTMLInputElement) passwordInput.value = "";
    setProblem(signInProblem(result?.error ?? "generic"));
    setAttempt((n) => n + 1);
  }

  const formProblem = problem && problem.kind !== "linkInvalid" ? problem : null;
  const items = (["email", "password"] as const).flatMap((name) => {
    const key = fieldErrors[name];
    return key ? [{ id: `${id}-${name}`, text: t(`errors.${key}`) }] : [];
  });
  return (
    <FormTextProvider value={formText}>
      <div className="mt-8 space-y-10">
        {problem?.kind === "linkInvalid" ? (
          <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
            <ProblemMessage problem={problem} />
          </p>
        ) : null}
        <section aria-labelledby={`${id}-password-heading`}>
          <h2 id={`${id}-password-heading`} className="text-xl font-semibold text-brand-strong">
            {t("passwordHeading")}
          </h2>
          {/* method/action are for a browser without JavaScript (app/api/sign-in): a POST never puts the
              password in a URL. With JavaScript, onSubmit signs in through next-auth's client. */}
          <form method="post" action="/api/sign-in" noValidate onSubmit={onSubmit} className="mt-4 space-y-5">
            <input type="hidden" name="callbackUrl" value={callbackPath} />
            <input type="hidden" name="locale" value={locale} />
            {formProblem || items.length ? (
              <ErrorSummary
                key={attempt}
                id={problemId}
                title={formProblem ? t("errors.summary") : undefined}
                description={formProblem ? <ProblemMessage problem={formProblem} /> : null}
                items={items}
              />
            ) : null}
            <TextField
              id={`${id}-email`}
              name="email"
              type="email"
              label={t("email")}
              autoComplete="username"
              required
              defaultValue=""
              error={fieldErrors.email && t(`errors.${fieldErrors.email}`)}
              describedByExtra={formProblem ? problemId : undefined}
            />
            <TextField
              id={`${id}-password`}
              name="password"
              type="password"
              label={t("password")}
              autoComplete="current-password"
              required
              defaultValue=""
              error={fieldErrors.password && t(`errors.${fieldErrors.password}`)}
              describedByExtra={formProblem ? problemId : undefined}
            />
            <button type="submit" disabled={pending} className={buttonClass()}>
              {pending ? t("submitting") : t("submit")}
            </button>
          </form>
        </section>
        <MagicLinkForm callbackPath={callbackPath} />
      </div>
    </FormTextProvider>
  );
}
