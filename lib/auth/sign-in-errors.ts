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

const ORIGIN = "http://sikc.invalid";
// Browsers drop TAB, LF and CR anywhere in a URL and read "\" as "/", so
// "/\t/evil.example" becomes "//evil.example": a path holding any of them is refused.
const UNSAFE = /[\u0000-\u001f\u007f\\]/;

/**
 * Only same-site paths are followed after sign-in (no open redirect). The
 * path is judged as the browser's URL parser will read it, and what is
 * returned is that parser's own reading, so the two cannot disagree.
 */
export function safeCallbackPath(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith("/") || UNSAFE.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, ORIGIN);
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" normalises to "//evil.example": judge the result too
  if (url.origin !== ORIGIN || !path.startsWith("/") || path.startsWith("//")) return fallback;
  return path;
}
