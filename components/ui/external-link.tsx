import { getTranslations } from "next-intl/server";
import type { AnchorHTMLAttributes, ReactNode } from "react";

/**
 * A link that leaves the portal: says so to everyone (visible text and the
 * accessible name), never gives the other site a handle on this window
 * (rel=noopener) or the page it came from (noreferrer). Only http(s)
 * addresses reach here: the schemas refuse anything else.
 */
export async function ExternalLink({
  href,
  children,
  ...props
}: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "rel" | "target"> & { href: string; children: ReactNode }) {
  const t = await getTranslations("Finder");
  const host = new URL(href).host;
  return (
    <a href={href} rel="noopener noreferrer external" {...props}>
      {children}
      <span className="text-sm font-normal">{` (${t("externalTo", { host })})`}</span>
    </a>
  );
}
