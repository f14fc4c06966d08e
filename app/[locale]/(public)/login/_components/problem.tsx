"use client";
import { useTranslations } from "next-intl";
import { z } from "zod";
import type { FormText } from "@/components/ui/form-text";
import type { SignInProblem } from "@/lib/auth/sign-in-errors";

export type EmailError = "emailRequired" | "emailInvalid";

export function checkEmail(value: string): EmailError | undefined {
  if (!value.trim()) return "emailRequired";
  return z.email().safeParse(value.trim()).success ? undefined : "emailInvalid";
}

export function ProblemMessage({ problem }: { problem: SignInProblem }) {
  const t = useTranslations("auth.login.errors");
  return problem.kind === "rateLimited" ? t("rateLimited", { minutes: problem.minutes }) : t(problem.kind);
}

/** The form kit's words on the sign-in page (its layout provides next-intl). */
export function useLoginFormText(): FormText {
  const forms = useTranslations("Forms");
  return {
    optional: forms("optional"),
    error: forms("error"),
    summaryTitle: forms("summaryTitle"),
    sending: forms("sending"),
  };
}
