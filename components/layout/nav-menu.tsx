"use client";

import clsx from "clsx";
import NextLink from "next/link";
import { usePathname } from "next/navigation";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { withoutLocale } from "@/lib/i18n/paths";
import { currentState } from "./sections";

type Item = { key: string; path: string; href: string; label: string };

/**
 * Below the md breakpoint the list collapses behind a disclosure button
 * (aria-expanded/aria-controls); Escape closes it and returns focus to the button.
 */
export function NavMenu({ label, menuButton, items }: { label: string; menuButton: string; items: Item[] }) {
  const pathname = withoutLocale(usePathname());
  const [open, setOpen] = useState(false);
  const listId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === "Escape" && open) {
      setOpen(false);
      buttonRef.current?.focus();
    }
  }

  return (
    <nav aria-label={label} onKeyDown={onKeyDown} className="border-t border-line bg-surface">
      <div className="mx-auto max-w-6xl px-4">
        <button
          ref={buttonRef}
          type="button"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((value) => !value)}
          className="my-2 inline-flex min-h-11 items-center gap-2 rounded border-2 border-brand bg-white px-4 font-semibold text-brand md:hidden"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" width="20" height="20" fill="currentColor">
            {open ? (
              <path d="M4.3 4.3a1 1 0 0 1 1.4 0L10 8.6l4.3-4.3a1 1 0 1 1 1.4 1.4L11.4 10l4.3 4.3a1 1 0 0 1-1.4 1.4L10 11.4l-4.3 4.3a1 1 0 0 1-1.4-1.4L8.6 10 4.3 5.7a1 1 0 0 1 0-1.4Z" />
            ) : (
              <path d="M3 5h14a1 1 0 1 0 0-2H3a1 1 0 0 0 0 2Zm14 4H3a1 1 0 0 0 0 2h14a1 1 0 1 0 0-2Zm0 6H3a1 1 0 1 0 0 2h14a1 1 0 1 0 0-2Z" />
            )}
          </svg>
          {menuButton}
        </button>
        <ul
          id={listId}
          className={clsx(
            open ? "flex" : "hidden",
            "flex-col pb-3 md:flex md:flex-row md:flex-wrap md:gap-x-1 md:pb-0",
          )}
        >
          {items.map((item) => {
            const current = currentState(pathname, item.path);
            return (
              <li key={item.key}>
                <NextLink
                  href={item.href}
                  aria-current={current}
                  onClick={() => setOpen(false)}
                  className={clsx(
                    "block min-h-11 border-b-4 px-3 py-2.5 font-medium no-underline hover:bg-white hover:underline md:border-b-4",
                    current ? "border-brand text-brand-strong" : "border-transparent text-ink",
                  )}
                >
                  {item.label}
                </NextLink>
              </li>
            );
          })}
        </ul>
      </div>
    </nav>
  );
}
