"use client";

import clsx from "clsx";
import NextLink from "next/link";
import { usePathname } from "next/navigation";
import { withoutLocale } from "@/lib/i18n/paths";

export type AdminNavGroup = { key: string; label: string; items: { path: string; href: string; label: string }[] };

/** The staff area's section list; the current section is marked with aria-current. */
export function AdminNav({ label, groups }: { label: string; groups: AdminNavGroup[] }) {
  const pathname = withoutLocale(usePathname());
  const isCurrent = (path: string) =>
    path === "/admin" ? pathname === path : pathname === path || pathname.startsWith(`${path}/`);
  return (
    <nav aria-label={label} className="text-sm">
      {groups.map((group) => (
        <div key={group.key} className="mb-4">
          <p className="mb-1 px-2 text-xs font-semibold tracking-wide text-muted uppercase">{group.label}</p>
          <ul>
            {group.items.map((item) => (
              <li key={item.path}>
                <NextLink
                  href={item.href}
                  aria-current={isCurrent(item.path) ? "page" : undefined}
                  className={clsx(
                    "block rounded px-2 py-1.5 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2",
                    isCurrent(item.path) ? "bg-brand font-semibold text-white" : "text-brand-strong",
                  )}
                >
                  {item.label}
                </NextLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
