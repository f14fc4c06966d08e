import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // scripts/server.ts compresses responses itself (scripts/lib/compress-response.ts):
  // whole answers in one step instead of Next's chunk-by-chunk stream.
  compress: false,
  reactStrictMode: true,
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
