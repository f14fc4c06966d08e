import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { site } from "@/lib/site";

export async function SiteFooter() {
  const t = await getTranslations("Footer");
  return (
    <footer className="mt-16 border-t border-line bg-surface">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 md:grid-cols-2">
        <section aria-labelledby="footer-contacts">
          <h2 id="footer-contacts" className="text-lg font-bold">
            {t("heading")}
          </h2>
          <address className="mt-2 not-italic leading-relaxed">
            <span className="block font-semibold">{t("centre")}</span>
            <span className="block">{t("organisation")}</span>
            <span className="block">{t("address")}</span>
            <span className="block">
              {t("emailLabel")} <a href={`mailto:${site.email}`}>{site.email}</a>
            </span>
          </address>
        </section>
        <nav aria-label={t("legalNav")}>
          <h2 className="text-lg font-bold">{t("legalNav")}</h2>
          <ul className="mt-2 space-y-1">
            <li>
              <Link href="/accessibility">{t("accessibility")}</Link>
            </li>
            <li>
              <Link href="/privacy">{t("privacy")}</Link>
            </li>
          </ul>
          <p className="mt-4 text-sm text-muted">{t("funding")}</p>
        </nav>
      </div>
    </footer>
  );
}
