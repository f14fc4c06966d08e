import type { Metadata } from "next";
import messages from "@/messages/lv.json";
import "./globals.css";

// Reached only when no locale could be resolved (e.g. /some.file), so the
// request config is not available: read the default locale's messages directly.
const t = messages.NotFound;

export const metadata: Metadata = { title: `${t.metaTitle} | ${messages.Metadata.siteName}` };

export default function RootNotFound() {
  return (
    <html lang="lv">
      <body>
        <main id="main" className="mx-auto max-w-3xl px-4 py-16">
          <h1 className="text-3xl font-bold text-brand-strong">{t.title}</h1>
          <p className="mt-4 text-lg">{t.body}</p>
          <p className="mt-6">
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- outside the locale tree: a full load lets the middleware pick the locale */}
            <a href="/">{t.homeLink}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
