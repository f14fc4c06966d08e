import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { LanguageSwitcher } from "./language-switcher";
import { SiteNav } from "./site-nav";

export async function SiteHeader() {
  const t = await getTranslations("Layout");
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="group flex flex-col text-ink no-underline">
          <span className="text-2xl font-extrabold tracking-tight text-brand-strong group-hover:underline">
            {t("siteShortName")}
          </span>
          <span className="text-sm font-semibold leading-tight">{t("siteName")}</span>
          <span className="text-sm leading-tight text-muted">{t("siteOwner")}</span>
        </Link>
        <LanguageSwitcher />
      </div>
      <SiteNav />
    </header>
  );
}
