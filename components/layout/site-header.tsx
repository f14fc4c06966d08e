import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { LanguageSwitcher } from "./language-switcher";
import { SiteNav } from "./site-nav";

/**
 * The logo is a file, public/brand/sikc-logo.svg, so the foundation's own
 * artwork can replace it without a code change (see README, "Logo and EU emblem").
 */
const LOGO_SRC = "/brand/sikc-logo.svg";

export async function SiteHeader() {
  const t = await getTranslations("Layout");
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="group flex items-center gap-3 text-ink no-underline" data-site-logo>
          {/* eslint-disable-next-line @next/next/no-img-element -- a replaceable static SVG; next/image adds nothing for it */}
          <img src={LOGO_SRC} alt="" width={48} height={48} className="h-12 w-auto shrink-0" />
          <span className="flex flex-col">
            <span className="text-2xl font-extrabold tracking-tight text-brand-strong group-hover:underline">
              {t("siteShortName")}
            </span>
            <span className="text-sm font-semibold leading-tight">{t("siteName")}</span>
            <span className="text-sm leading-tight text-muted">{t("siteOwner")}</span>
          </span>
        </Link>
        <LanguageSwitcher />
      </div>
      <SiteNav />
    </header>
  );
}
