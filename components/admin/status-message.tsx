"use client";
// A polite live region for "Saved." and similar. The region is in the page
// from the start and the text is set after mounting, so screen readers
// announce it (text present at load is often not read).
import clsx from "clsx";
import { useEffect, useState } from "react";

/** Change `version` to announce the same message again (e.g. a second save). */
export function StatusMessage({
  message,
  tone = "success",
  version = 0,
}: {
  message: string | null | undefined;
  tone?: "success" | "info";
  version?: number;
}) {
  const [shown, setShown] = useState<string | null>(null);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- emptied first so that the same text is announced again
    setShown(null);
    const timer = setTimeout(() => setShown(message ?? null), 50);
    return () => clearTimeout(timer);
  }, [message, version]);
  return (
    <div role="status" aria-live="polite" data-testid="status-message">
      {shown ? (
        <p
          className={clsx(
            "rounded border-l-4 p-3 font-semibold",
            tone === "success" ? "border-green-800 bg-green-50 text-green-900" : "border-brand bg-surface text-ink",
          )}
        >
          {shown}
        </p>
      ) : null}
    </div>
  );
}
