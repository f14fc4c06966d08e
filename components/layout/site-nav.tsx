import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { localizedHref } from "@/lib/i18n/paths";
import { NavMenu } from "./nav-menu";
import { publicSections } from "./sections";

/**
 * Main navigation. Labels and URLs are resolved here on the server so the
 * browser only receives the small disclosure widget, not a message catalogue.
 */
export async function SiteNav() {
  const [t, tl, locale] = await Promise.all([getTranslations("Nav"), getTranslations("Layout"), getLocale()]);
  return (
    <NavMenu
      label={tl("mainNav")}
      menuButton={tl("menuButton")}
      items={publicSections.map((s) => ({
        key: s.key,
        path: s.href,
        href: localizedHref(s.href, locale as Locale),
        label: t(s.key),
      }))}
    />
  );
}
