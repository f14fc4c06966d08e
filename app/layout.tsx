import { connection } from "next/server";
import type { ReactNode } from "react";

// The real root layout (with <html lang>) is app/[locale]/layout.tsx; this one
// only exists so that app/not-found.tsx has a parent for URLs outside [locale].
// Every page is rendered per request: Next can put the request's CSP nonce
// (proxy.ts) only on scripts of a page it renders for that request.
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return children;
}
