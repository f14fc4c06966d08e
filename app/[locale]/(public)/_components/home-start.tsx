import { getTranslations } from "next-intl/server";
import { GlossaryTerm } from "@/components/glossary/glossary-term";
import { Link } from "@/lib/i18n/link";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

const actions = [
  { key: "support", href: "/funding", label: "actionSupport", text: "actionSupportText" },
  { key: "consultation", href: "/consultations", label: "actionConsultation", text: "actionConsultationText" },
  { key: "submit", href: "/submit", label: "actionSubmit", text: "actionSubmitText" },
] as const;

/**
 * The first screen: what the portal is for in one sentence, the innovation
 * search (a plain GET form to the search page), and the three things people
 * come to do.
 */
export async function HomeStart({ locale }: { locale: Locale }) {
  const t = await getTranslations("Home");
  return (
    <div className="mb-12">
      <header>
        <h1 className="text-3xl font-bold tracking-tight text-brand-strong sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-lg sm:text-xl">
          {t.rich("lead", { si: (chunks) => <GlossaryTerm term="socialInnovation">{chunks}</GlossaryTerm> })}
        </p>
      </header>
      <form role="search" method="get" action={localizedHref("/innovations", locale)} className="mt-6 max-w-2xl">
        <label htmlFor="home-q" className="block text-lg font-bold">
          {t("searchLabel")}
        </label>
        <p id="home-q-hint" className="text-sm text-muted">
          {t("searchHint")}
        </p>
        <div className="mt-1 flex gap-2">
          <input
            id="home-q"
            type="search"
            name="q"
            maxLength={200}
            aria-describedby="home-q-hint"
            className="min-h-11 min-w-0 flex-1 rounded border-2 border-muted px-3 py-2"
          />
          <button
            type="submit"
            className="min-h-11 shrink-0 rounded bg-brand px-5 font-semibold text-white hover:bg-brand-strong"
          >
            {t("searchSubmit")}
          </button>
        </div>
      </form>
      <section aria-labelledby="actions-heading" className="mt-8">
        <h2 id="actions-heading" className="sr-only">
          {t("actionsHeading")}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-3">
          {actions.map((action) => (
            <li key={action.key} data-action={action.key}>
              <Link
                href={action.href}
                className="flex h-full min-h-11 flex-col rounded-lg border-2 border-brand bg-white p-4 no-underline hover:bg-surface"
              >
                <span className="text-lg font-bold underline underline-offset-2">{t(action.label)}</span>
                <span className="mt-1 text-ink">{t(action.text)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
