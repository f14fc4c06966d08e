"use client";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { useId, useRef, useState, type FormEvent } from "react";
import { signInProblem, type SignInProblem } from "@/lib/auth/sign-in-errors";
import { Field } from "./field";
import { MagicLinkForm } from "./magic-link-form";
import { checkEmail, ProblemMessage, type EmailError } from "./problem";

type FieldErrors = { email?: EmailError; password?: "passwordRequired" };

export function LoginForm({
  callbackPath,
  initialProblem,
}: {
  callbackPath: string;
  initialProblem: SignInProblem | null;
}) {
  const t = useTranslations("auth.login");
  const locale = useLocale();
  const id = useId();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<SignInProblem | null>(initialProblem);
  const [pending, setPending] = useState(false);
  const problemRef = useRef<HTMLDivElement>(null);
  const problemId = `${id}-problem`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldErrors = { email: checkEmail(email), password: password ? undefined : "passwordRequired" };
    setFieldErrors(errors);
    setProblem(null);
    if (errors.email || errors.password) {
      const field = event.currentTarget.querySelector<HTMLInputElement>(
        `#${CSS.escape(errors.email ? `${id}-email` : `${id}-password`)}`,
      );
      field?.focus();
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
    setPassword("");
    setProblem(signInProblem(result?.error ?? "generic"));
    // Move focus to the message so screen readers announce it at once.
    requestAnimationFrame(() => problemRef.current?.focus());
  }

  const formProblem = problem && problem.kind !== "linkInvalid" ? problem : null;
  return (
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
        <form
          method="post"
          action="/api/sign-in"
          noValidate
          onSubmit={onSubmit}
          className="mt-4 space-y-5"
          aria-describedby={formProblem ? problemId : undefined}
        >
          <input type="hidden" name="callbackUrl" value={callbackPath} />
          <input type="hidden" name="locale" value={locale} />
          {formProblem ? (
            <div
              ref={problemRef}
              id={problemId}
              role="alert"
              tabIndex={-1}
              className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900"
            >
              <p className="font-semibold">{t("errors.summary")}</p>
              <p>
                <ProblemMessage problem={formProblem} />
              </p>
            </div>
          ) : null}
          <Field
            id={`${id}-email`}
            name="email"
            type="email"
            label={t("email")}
            autoComplete="username"
            value={email}
            onChange={setEmail}
            error={fieldErrors.email && t(`errors.${fieldErrors.email}`)}
            describedBy={formProblem ? problemId : undefined}
          />
          <Field
            id={`${id}-password`}
            name="password"
            type="password"
            label={t("password")}
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={fieldErrors.password && t(`errors.${fieldErrors.password}`)}
            describedBy={formProblem ? problemId : undefined}
          />
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
          >
            {pending ? t("submitting") : t("submit")}
          </button>
        </form>
      </section>
      <MagicLinkForm callbackPath={callbackPath} />
    </div>
  );
}
