"use client";

/** Opens the browser's print dialogue (where a PDF can be saved); the print stylesheet does the rest. */
export function PrintButton({ label }: { label: string }) {
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
