import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

// PUBLIC_URL is read at run time, so one build serves any address.
export const dynamic = "force-dynamic";

/** Everything public may be indexed; the staff area, sign-in and personal links may not. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: [
          "/admin",
          "/en/admin",
          "/login",
          "/en/login",
          "/consultations/manage",
          "/en/consultations/manage",
          "/api/admin",
          "/api/auth",
        ],
      },
    ],
    sitemap: new URL("/sitemap.xml", env.PUBLIC_URL).toString(),
  };
}
