// One list of the navigator's result page: a heading, how many fit, the best
// few with the reason each was matched, what to do when nothing fits, and the
// way to the whole list.
import type { ReactNode } from "react";
import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { langAttr, type LocalizedText } from "@/lib/i18n/content";
import type { Locale } from "@/lib/i18n/routing";

export type ResultItem = {
  key: string;
  href: string;
  title: LocalizedText;
  /** Badge before the title (a call's phase). */
  badge?: ReactNode;
  /** Facts under the title: type, place, amount. */
  meta?: string;
  reason: string;
};

type Props = {
  id: string;
  heading: string;
  count: string;
  total: number;
  items: ResultItem[];
  empty: ReactNode;
  more: ReactNode;
  locale: Locale;
};

export async function ResultSection({ id, heading, count, total, items, empty, more, locale }: Props) {
  const t = await getTranslations("navigator.results");
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="border-t-2 border-line pt-6"
      data-section={id}
      data-total={total}
    >
      <h2 id={`${id}-heading`} className="text-2xl font-bold text-brand-strong">
        {heading}
      </h2>
      <p className="mt-1 text-muted">
        {count}
        {total > items.length && items.length > 0 ? ` ${t("shownOf", { shown: items.length, total })}` : null}
      </p>
      {items.length === 0 ? (
        <div className="mt-4 rounded-lg border border-line bg-surface p-5" data-empty>
          {empty}
        </div>
      ) : (
        <ol className="mt-4 space-y-4">
          {items.map((item) => (
            <li key={item.key} className="rounded-lg border border-line p-5" data-slug={item.key}>
              {item.badge ? <p className="mb-2">{item.badge}</p> : null}
              <h3 className="text-lg font-bold">
                <NextLink href={item.href} lang={langAttr(item.title, locale)}>
                  {item.title.text}
                </NextLink>
              </h3>
              {item.meta ? <p className="mt-1 text-sm text-muted">{item.meta}</p> : null}
              <p className="mt-2" data-reason>
                <span className="font-semibold">{t("why")}</span> {item.reason}
              </p>
            </li>
          ))}
        </ol>
      )}
      <div className="mt-4">{more}</div>
    </section>
  );
}
