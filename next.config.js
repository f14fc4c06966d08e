import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Production runs Next's standalone server behind nginx (deploy/); `npm start` and
  // `npm run dev` use `next start`/`next dev`, which warn about a standalone config.
  output: process.env.BUILD_STANDALONE === "1" ? "standalone" : undefined,
  reactStrictMode: true,
  // The public pages' data cache keeps entries in each process and the tags' expiry in
  // PostgreSQL, so a write through one Next process expires the reads of all (lib/cache).
  cacheHandler: fileURLToPath(new URL("./lib/cache/handler.mjs", import.meta.url)),
  // The CSV import posts files of up to 5 MB to a server action (default limit 1 MB);
  // lib/import/csv.ts enforces the 5 MB itself with a message.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // Pages and the API get every security header from proxy.ts (lib/security/headers.ts);
  // these fixed ones also reach the build's static files, which the proxy never sees.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
