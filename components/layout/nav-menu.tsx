"use client";

import clsx from "clsx";
import NextLink from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, type KeyboardEvent } from "react";
import { withoutLocale } from "@/lib/i18n/paths";
import { currentState } from "./sections";

type Item = { key: string; path: string; href: string; label: string };

const link =
  "block min-h-11 border-b-4 px-3 py-2.5 font-medium no-underline hover:bg-white hover:underline md:border-b-4";

function Items({ items, pathname }: { items: Item[]; pathname: string }) {
  return items.map((item) => {
    const current = currentState(pathname, item.path);
    return (
      <li key={item.key}>
        <NextLink
          href={item.href}
          aria-current={current}
          className={clsx(link, current ? "border-brand text-brand-strong" : "border-transparent text-ink")}
        >
          {item.label}
        </NextLink>
      </li>
    );
  });
}

/**
 * Below the md breakpoint the list sits in a <details> disclosure, which opens
 * and closes without JavaScript; script only adds Escape and closes it after a
 * client-side navigation. From md up the same links show as a row. Only one of
 * the two lists is displayed at a time, so only one is in the tab order and the
 * accessibility tree.
 */
export function NavMenu({ label, menuButton, items }: { label: string; menuButton: string; items: Item[] }) {
  const pathname = withoutLocale(usePathname());
  const details = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [pathname]);

  function onKeyDown(event: KeyboardEvent<HTMLDetailsElement>) {
    if (event.key === "Escape" && details.current?.open) {
      details.current.open = false;
      details.current.querySelector("summary")?.focus();
    }
  }

  return (
    <nav aria-label={label} className="border-t border-line bg-surface">
      <div className="mx-auto max-w-6xl px-4">
        <details ref={details} onKeyDown={onKeyDown} className="group md:hidden" data-nav-menu>
          <summary className="my-2 inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded border-2 border-brand bg-white px-4 font-semibold text-brand [&::-webkit-details-marker]:hidden">
            <svg aria-hidden="true" viewBox="0 0 20 20" width="20" height="20" fill="currentColor">
              <path
                className="group-open:hidden"
                d="M3 5h14a1 1 0 1 0 0-2H3a1 1 0 0 0 0 2Zm14 4H3a1 1 0 0 0 0 2h14a1 1 0 1 0 0-2Zm0 6H3a1 1 0 1 0 0 2h14a1 1 0 1 0 0-2Z"
              />
              <path
                className="hidden group-open:block"
                d="M4.3 4.3a1 1 0 0 1 1.4 0L10 8.6l4.3-4.3a1 1 0 1 1 1.4 1.4L11.4 10l4.3 4.3a1 1 0 0 1-1.4 1.4L10 11.4l-4.3 4.3a1 1 0 0 1-1.4-1.4L8.6 10 4.3 5.7a1 1 0 0 1 0-1.4Z"
              />
            </svg>
            {menuButton}
          </summary>
          <ul className="flex flex-col pb-3">
            <Items items={items} pathname={pathname} />
          </ul>
        </details>
        <ul className="hidden md:flex md:flex-row md:flex-wrap md:gap-x-1">
          <Items items={items} pathname={pathname} />
        </ul>
      </div>
    </nav>
  );
}
