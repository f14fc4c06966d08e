/** First focusable element on every public page (WCAG 2.4.1 Bypass Blocks). */
export function SkipLink({ label }: { label: string }) {
  return (
    <a
      href="#main"
      className="sr-only z-50 rounded bg-brand px-4 py-3 font-semibold text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:text-white"
    >
      {label}
    </a>
  );
}
