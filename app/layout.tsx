import type { ReactNode } from "react";

// The real root layout (with <html lang>) is app/[locale]/layout.tsx; this one
// only exists so that app/not-found.tsx has a parent for URLs outside [locale].
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
