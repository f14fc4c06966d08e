// The social challenges staff name as priorities, each with the innovations
// that address it (as they stood when the review was published).
import { getTranslations } from "next-intl/server";
import { langAttr, localized } from "@/lib/i18n/content";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import type { Challenge } from "@/lib/review/schema";
import type { ReviewFigures } from "@/lib/review/snapshot";
import { Markdown } from "./markdown";

export async function Challenges({
  challenges,
  linked,
  locale,
}: {
  challenges: Challenge[];
  linked: ReviewFigures["challengeInnovations"];
  locale: Locale;
}) {
  const t = await getTranslations({ locale, namespace: "review.challenge" });
  if (challenges.length === 0) return <p className="mt-4 text-muted">{t("noChallenges")}</p>;
  return (
    <ol className="mt-4 space-y-8">
      {challenges.map((c) => {
        const title = localized(c, "title", locale);
        const body = localized({ bodyLv: c.bodyLv ?? "", bodyEn: c.bodyEn ?? "" }, "body", locale);
        const innovations = linked[c.id] ?? [];
        return (
          <li key={c.id} id={`challenge-${c.id}`}>
            <h3 className="text-xl font-semibold text-brand-strong" lang={langAttr(title, locale)}>
              {title.text}
            </h3>
            {body.text ? <Markdown text={body.text} level={3} lang={langAttr(body, locale)} /> : null}
            <h4 className="mt-3 font-semibold">{t("innovations")}</h4>
            {innovations.length ? (
              <ul className="mt-1 list-disc pl-6">
                {innovations.map((i) => {
                  const name = localized(i, "title", locale);
                  return (
                    <li key={i.id}>
                      <a href={localizedHref(`/innovations/${i.slug}`, locale)} lang={langAttr(name, locale)}>
                        {name.text}
                      </a>
                    </li>
                  );
                })}
              </ul>
            ) : (
              <p className="mt-1 text-muted">{t("none")}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
