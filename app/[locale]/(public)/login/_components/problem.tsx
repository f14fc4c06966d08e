"use client";
import { useTranslations } from "next-intl";
import { z } from "zod";
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
