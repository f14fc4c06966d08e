// "What to do next": one numbered step per list that has something for the
// person, in the page's order, with SIKC's consultation always among them.
import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { RESIDENT, type Answers } from "@/lib/navigator/answers";
import type { NavigatorResult } from "@/lib/navigator/queries";

export async function NextSteps({
  result,
  answers,
  consultation,
  locale,
}: {
  result: NavigatorResult;
  answers: Answers;
  /** The pre-filled consultation request's address. */
  consultation: string;
  locale: Locale;
}) {
  const t = await getTranslations("navigator.results.next");
  const steps = result.order.flatMap((section) => {
    switch (section) {
      case "calls": {
        const first = result.calls.shown[0];
        if (first)
          return [
            t.rich(answers.who === RESIDENT ? "callResident" : "call", {
              title: first.name,
              link: (chunks) => (
                <NextLink href={localizedHref(`/funding/${first.item.slug}`, locale)}>{chunks}</NextLink>
              ),
            }),
          ];
        return answers.needs.includes("money") ? [t("noCall")] : [];
      }
      case "organisations":
        return result.organisations.total ? [t("organisation")] : [];
      case "toolkit":
        return result.toolkit.total ? [t("toolkit")] : [];
      case "innovations":
        return result.innovations.total ? [t("innovations")] : [];
      case "consultation":
        return [t.rich("consultation", { link: (chunks) => <NextLink href={consultation}>{chunks}</NextLink> })];
    }
  });
  const heading = await getTranslations("navigator.results");
  return (
    <section
      aria-labelledby="next-heading"
      className="rounded-lg border-l-4 border-brand bg-surface p-5"
      data-next-steps
    >
      <h2 id="next-heading" className="text-2xl font-bold text-brand-strong">
        {heading("nextHeading")}
      </h2>
      <ol className="mt-3 list-decimal space-y-2 pl-6">
        {steps.map((step, i) => (
          <li key={i}>{step}</li>
        ))}
      </ol>
    </section>
  );
}
