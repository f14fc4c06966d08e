import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import { site } from "@/lib/site";
import { EuEmblem } from "./eu-emblem";

/** Height of the EU emblem: at least that of the largest other logo on the page (the header's, 48 px). */
const EMBLEM_PX = 48;

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
            <li>
              <Link href="/glossary">{t("glossary")}</Link>
            </li>
          </ul>
        </nav>
        {/* Annex IX to Regulation (EU) 2021/1060: the statement in full beside the emblem, in one of the
            listed typefaces (Arial, Verdana, …), not italic or underlined, in Reflex Blue on white. */}
        <div className="md:col-span-2" data-eu-funding>
          <div className="inline-flex flex-wrap items-center gap-4 bg-white p-3">
            <EuEmblem title={t("euEmblem")} height={EMBLEM_PX} />
            <p className="text-lg font-normal not-italic text-[#003399] [font-family:Arial,Verdana,Tahoma,sans-serif]">
              {t("euStatement")}
            </p>
          </div>
          <p className="mt-3 text-sm text-muted">{t("funding")}</p>
        </div>
      </div>
    </footer>
  );
}
