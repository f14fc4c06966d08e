// Maps next-auth's `?error=` codes to the sign-in page's messages. Shared by
// the page (errors arriving by redirect, e.g. an expired link) and the form.
export type SignInProblem =
  { kind: "invalid" | "linkInvalid" | "accessDenied" | "generic" } | { kind: "rateLimited"; minutes: number };

export function signInProblem(code: string | null | undefined): SignInProblem | null {
  if (!code) return null;
  const limited = /^RateLimited-(\d+)$/.exec(code);
  if (limited) return { kind: "rateLimited", minutes: Math.max(1, Math.ceil(Number(limited[1]) / 60)) };
  if (code === "CredentialsSignin") return { kind: "invalid" };
  if (code === "Verification") return { kind: "linkInvalid" };
  if (code === "AccessDenied") return { kind: "accessDenied" };
  return { kind: "generic" };
}

/** Only same-site paths are followed after sign-in (no open redirect). */
export function safeCallbackPath(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
