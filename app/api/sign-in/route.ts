import type { NextRequest } from "next/server";
import { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { signInFromForm } from "@/lib/auth/form-sign-in";
import { safeCallbackPath } from "@/lib/auth/sign-in-errors";
import { ZLocale } from "@/lib/i18n/locale-schema";
import { localizedHref } from "@/lib/i18n/paths";

const ZForm = z.object({
  email: z.string().max(1024).default(""),
  password: z.string().max(1024).default(""),
  callbackUrl: z.string().max(2048).optional(),
  locale: ZLocale,
});

/** A redirect to a path on the host the browser used (a relative Location), never to a configured one. */
const seeOther = (path: string, headers: HeadersInit = {}) =>
  new Response(null, { status: 303, headers: { ...headers, Location: path, "Cache-Control": "no-store" } });

/**
 * The sign-in form's target without JavaScript (the script path uses
 * next-auth's client). Success goes on to the page asked for; a failure back
 * to the sign-in page with the reason, which the page shows.
 */
export async function POST(req: NextRequest) {
  // Only our own pages may post here: a cross-site form must not sign a browser in (login CSRF).
  // The host is the one the browser used (Host, or X-Forwarded-Host behind a proxy), not Next's idea of its own URL.
  const site = req.headers.get("sec-fetch-site");
  const origin = req.headers.get("origin");
  const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
  const originHost = origin && URL.canParse(origin) ? new URL(origin).host : null;
  if ((site && site !== "same-origin") || (origin && originHost !== host)) {
    return new Response("cross-site sign-in refused", { status: 403 });
  }
  const form = ZForm.safeParse(Object.fromEntries(await req.formData().catch(() => new FormData())));
  if (!form.success) return new Response("malformed sign-in form", { status: 400 });
  const { email, password, locale } = form.data;
  const loginPath = localizedHref("/login", locale);
  const callbackPath = safeCallbackPath(form.data.callbackUrl, localizedHref("/admin", locale));

  const result = await signInFromForm({ email, password }, clientIp(req.headers));
  if (!result.ok) {
    const query = new URLSearchParams({ error: result.error, callbackUrl: callbackPath });
    return seeOther(`${loginPath}?${query}`);
  }
  const { name, value, maxAge, secure } = result.cookie;
  const cookie = `${name}=${value}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;
  return seeOther(callbackPath, { "Set-Cookie": cookie });
}
