import type { ReactNode } from "react";

/** A neutral information box (e.g. "coming soon"); role=status is not used as it is static text. */
export function Notice({ children }: { children: ReactNode }) {
  return <p className="max-w-3xl rounded border-l-4 border-accent bg-surface p-4 text-ink">{children}</p>;
}
