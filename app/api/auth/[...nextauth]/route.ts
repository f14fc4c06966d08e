import NextAuth from "next-auth";
import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { buildAuthOptions } from "@/lib/auth/options";
import { DEVICE_COOKIE, deviceCookieOptions } from "@/lib/auth/sign-in-limits";
import { env } from "@/lib/env";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so the rate limits and audit entries know the
// caller's address and device token (lib/auth/sign-in-limits.ts).
async function handler(req: NextRequest, context: Context) {
  let device: string | undefined;
  const response = await NextAuth(
    req,
    context,
    buildAuthOptions({
      ip: clientIp(req.headers),
      device: req.cookies.get(DEVICE_COOKIE)?.value ?? null,
      issueDevice: (token) => (device = token),
    }),
  );
  if (device) {
    (await cookies()).set(DEVICE_COOKIE, device, deviceCookieOptions(env.PUBLIC_URL.startsWith("https:")));
  }
  return response;
}

export { handler as GET, handler as POST };
