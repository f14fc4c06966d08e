import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { clientIp } from "@/lib/auth/client-ip";
import { buildAuthOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so the rate limits and audit entries know the caller's IP.
function handler(req: NextRequest, context: Context) {
  return NextAuth(req, context, buildAuthOptions({ ip: clientIp(req.headers) }));
}

export { handler as GET, handler as POST };
