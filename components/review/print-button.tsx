"use client";

import { useEffect } from "react";

/**
 * Opens the browser's print dialogue (where a PDF can be saved). Before any
 * print, also from the browser's menu, every "show data" table is opened for
 * browsers that cannot print closed <details> (the print stylesheet does it
 * where ::details-content is supported).
 */
export function PrintButton({ label }: { label: string }) {
  useEffect(() => {
    const open = () =>
      document.querySelectorAll<HTMLDetailsElement>("details.review-data").forEach((d) => (d.open = true));
    window.addEventListener("beforeprint", open);
    return () => window.removeEventListener("beforeprint", open);
  }, []);
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-11 rounded border border-brand px-4 py-2 font-semibold text-brand hover:bg-surface"
    >
      {label}
    </button>
  );
}
