// The controls of one navigator question, after the GOV.UK question pages:
// the question is the page's h1 (in the legend of a group of radios or
// checkboxes, or the label of the one select), the hint under it, then the
// choices, each with its own hint where plain words help.
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/routing";
import { NEEDS, RESIDENT, type Answers, type Question } from "@/lib/navigator/answers";
import { navigatorLabels, type Choice } from "@/lib/navigator/labels";
import type { NavigatorTerm } from "@/lib/navigator/queries";
import { NATIONWIDE, PLANNING_REGIONS } from "@/lib/regions/planning-regions";

type Props = {
  question: Question;
  answers: Answers;
  terms: NavigatorTerm[];
  locale: Locale;
  hintId: string;
  caption: string;
};

type Option = Choice & { hint?: string };

const h1 = "mt-1 text-3xl font-bold tracking-tight text-brand-strong sm:text-4xl";
const hintClass = "mt-3 text-lg text-muted";

function Heading({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <>
      <span className="block text-lg text-muted" data-progress>
        {caption}
      </span>
      <h1 className={h1}>{children}</h1>
    </>
  );
}

function ChoiceList({
  name,
  type,
  options,
  checked,
}: {
  name: string;
  type: "radio" | "checkbox";
  options: Option[];
  checked: readonly string[];
}) {
  return (
    <ul className="mt-6 space-y-4">
      {options.map((o) => {
        const id = `${name}-${o.value}`;
        return (
          <li key={o.value} className="flex items-start gap-3">
            <input
              type={type}
              id={id}
              name={name}
              value={o.value}
              defaultChecked={checked.includes(o.value)}
              aria-describedby={o.hint ? `${id}-hint` : undefined}
              className="mt-0.5 size-6 shrink-0 accent-brand"
            />
            <label htmlFor={id} className="cursor-pointer">
              <span className="block font-semibold">{o.label}</span>
              {o.hint ? (
                <span id={`${id}-hint`} className="block text-muted">
                  {o.hint}
                </span>
              ) : null}
            </label>
          </li>
        );
      })}
    </ul>
  );
}

export async function QuestionControls({ question, answers, terms, locale, hintId, caption }: Props) {
  const t = await getTranslations("navigator");
  const { label, choices } = navigatorLabels(terms, locale);
  const title = t(`questions.${question}.title`);
  const hint = t(`questions.${question}.hint`);

  if (question === "place") {
    const municipalities = (region: string) =>
      choices("MUNICIPALITY", (m) => m.parentKey === region).map((m) => (
        <option key={m.value} value={m.value}>
          {m.label}
        </option>
      ));
    return (
      <div>
        <Heading caption={caption}>
          <label htmlFor="place">{title}</label>
        </Heading>
        <p id={hintId} className={hintClass}>
          {hint}
        </p>
        <select
          id="place"
          name="place"
          defaultValue={answers.place ?? ""}
          aria-describedby={hintId}
          className="mt-6 block w-full max-w-md rounded border-2 border-ink bg-white px-3 py-2 text-lg text-ink"
        >
          <option value="">{t("questions.place.choose")}</option>
          <option value={NATIONWIDE}>{t("questions.place.national")}</option>
          {PLANNING_REGIONS.map((region) => (
            <optgroup key={region} label={label("REGION", region)}>
              <option value={region}>{t("questions.place.wholeRegion", { region: label("REGION", region) })}</option>
              {municipalities(region)}
            </optgroup>
          ))}
        </select>
      </div>
    );
  }

  const stageHint = (key: string) =>
    t.has(`stageHints.${key}` as "stageHints.idea") ? t(`stageHints.${key}` as "stageHints.idea") : undefined;
  const options: Option[] =
    question === "who"
      ? [{ value: RESIDENT, label: t("resident"), hint: t("residentHint") }, ...choices("ORGANISATION_TYPE")]
      : question === "stage"
        ? choices("STAGE").map((c) => ({ ...c, hint: stageHint(c.value) }))
        : question === "theme"
          ? choices("THEME")
          : question === "group"
            ? choices("TARGET_GROUP")
            : NEEDS.map((n) => ({ value: n, label: t(`needs.${n}`) }));
  const checked =
    question === "need" ? answers.needs : [answers[question as Exclude<Question, "place" | "need">] ?? ""];

  return (
    <fieldset aria-describedby={hintId}>
      <legend className="w-full">
        <Heading caption={caption}>{title}</Heading>
      </legend>
      <p id={hintId} className={hintClass}>
        {hint}
      </p>
      <ChoiceList
        name={question}
        type={question === "need" ? "checkbox" : "radio"}
        options={options}
        checked={checked}
      />
    </fieldset>
  );
}
