"use client";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { signInProblem, type SignInProblem } from "@/lib/auth/sign-in-errors";
import { Field } from "./field";
import { checkEmail, ProblemMessage } from "./problem";

export function MagicLinkForm({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations("auth.login");
  const id = useId();
  const [email, setEmail] = useState("");
  const [error, setError] = useState<ReturnType<typeof checkEmail>>();
  const [problem, setProblem] = useState<SignInProblem | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fieldError = checkEmail(email);
    setError(fieldError);
    setProblem(null);
    setSentTo(null);
    if (fieldError) return;
    setPending(true);
    const result = await signIn("email", { email: email.trim(), callbackUrl: callbackPath, redirect: false });
    setPending(false);
    if (result?.error) setProblem(signInProblem(result.error));
    else setSentTo(email.trim());
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="border-t border-line pt-8">
      <h2 id={`${id}-heading`} className="text-xl font-semibold text-brand-strong">
        {t("magicHeading")}
      </h2>
      <p className="mt-2 text-muted">{t("magicHint")}</p>
      <form method="post" action="/api/auth/signin/email" noValidate onSubmit={onSubmit} className="mt-4 space-y-5">
        <Field
          id={`${id}-email`}
          name="email"
          type="email"
          label={t("magicEmail")}
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={error && t(`errors.${error}`)}
          describedBy={problem ? `${id}-problem` : undefined}
        />
        <button
          type="submit"
          disabled={pending}
          className="rounded border-2 border-brand px-5 py-2.5 font-semibold text-brand hover:bg-surface disabled:opacity-70"
        >
          {pending ? t("magicSending") : t("magicSubmit")}
        </button>
        {/* Always rendered, so screen readers announce the text when it appears. */}
        <div role="status">
          {sentTo ? (
            <p className="rounded border-l-4 border-green-700 bg-green-50 p-4">{t("magicSent", { email: sentTo })}</p>
          ) : null}
          {problem ? (
            <p id={`${id}-problem`} className="rounded border-l-4 border-red-700 bg-red-50 p-4 text-red-900">
              <ProblemMessage problem={problem} />
            </p>
          ) : null}
        </div>
      </form>
    </section>
  );
}
