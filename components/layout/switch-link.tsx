"use client";

import NextLink from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { localizedHref, withoutLocale } from "@/lib/i18n/paths";

type Props = { target: Locale; label: string };

export function SwitchLinkWithQuery(props: Props) {
  return <SwitchLink {...props} search={useSearchParams().toString()} />;
}

export function SwitchLink({ target, label, search }: Props & { search: string }) {
  const pathname = withoutLocale(usePathname());
  return (
    <NextLink
      href={localizedHref(pathname, target, search)}
      lang={target}
      hrefLang={target}
      className="inline-flex min-h-11 items-center rounded border-2 border-brand px-3 font-semibold text-brand no-underline hover:bg-surface hover:underline"
    >
      {label}
    </NextLink>
  );
}
