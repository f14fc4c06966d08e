"use client";
// Warns before unsaved edits are lost: the browser's own prompt on reload,
// tab close and off-site navigation (beforeunload), and a confirm() on clicks
// on in-app links while anything inside has been typed into. <AdminForm>
// wraps its form in one and calls it clean after a successful save; use it
// directly around a form of your own:
//   <UnsavedChangesGuard savedVersion={state.ok ? state.attempt : null}>…form…</UnsavedChangesGuard>
// Inputs marked data-guard-ignore (e.g. a search box) do not count.
import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode } from "react";

export function UnsavedChangesGuard({
  children,
  savedVersion = null,
}: {
  children: ReactNode;
  /** A new non-null value marks the form clean. */ savedVersion?: number | null;
}) {
  const t = useTranslations("curation.kit");
  const message = t("unsaved");
  const dirty = useRef(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (savedVersion !== null) dirty.current = false;
  }, [savedVersion]);

  useEffect(() => {
    const root = box.current;
    if (!root) return;
    const mark = (event: Event) => {
      if (event.target instanceof Element && event.target.closest("[data-guard-ignore]")) return;
      dirty.current = true;
    };
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!dirty.current) return;
      event.preventDefault();
      // older browsers show the prompt only when returnValue is set
      event.returnValue = "";
    };
    // Capture phase on document: runs before Next's <Link> handler, so a
    // cancelled navigation never reaches the router.
    const click = (event: MouseEvent) => {
      if (
        !dirty.current ||
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin) return; // beforeunload covers it
      if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return; // in-page jump (e.g. error summary)
      if (window.confirm(message)) {
        dirty.current = false;
        return;
      }
      event.preventDefault();
      event.stopPropagation();
    };
    root.addEventListener("input", mark);
    root.addEventListener("change", mark);
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      root.removeEventListener("input", mark);
      root.removeEventListener("change", mark);
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [message]);

  return (
    <div ref={box} data-unsaved-guard="">
      {children}
    </div>
  );
}
