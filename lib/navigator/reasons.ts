// The one-line reason beside each navigator result ("Open to NGOs, funds
// piloting, closes 31 December 2026"), worded from the message templates in
// messages/{lv,en}/navigator.json. Known keys (organisation types, stages,
// audiences, resource types) have their own phrase, in the case Latvian
// grammar wants there; a key staff add later falls back to a template that
// quotes its label. Pure and free of request APIs, so unit tests read it in
// both languages.
import { createTranslator } from "next-intl";
import en from "@/messages/en/navigator.json";
import lv from "@/messages/lv/navigator.json";
import type { Locale } from "@/lib/i18n/routing";
import { TIME_ZONE } from "@/lib/time/riga";
import type { NavigatorVocabulary } from "./queries";
import type { Reason } from "./rules";

/** Which list a reason is in: a call "funds" a stage, an organisation "supports" it, a material is "for" it. */
export type ReasonContext = "call" | "organisation" | "resource" | "innovation";

/** A vocabulary label in the page's language. */
export type LabelOf = (vocabulary: NavigatorVocabulary, key: string) => string;

const STAGE_VERB = {
  call: "fundsStage",
  organisation: "supportsStage",
  resource: "forStage",
  innovation: "forStage",
} as const;

/** Lower-cases the first letter of a label used inside a sentence ("Social services" → "social services"). */
const inSentence = (label: string) =>
  label.length > 1 && label[1] === label[1]!.toLowerCase() ? label[0]!.toLowerCase() + label.slice(1) : label;

function reasonTranslator(locale: Locale) {
  return createTranslator({ locale, messages: locale === "lv" ? lv : en, namespace: "navigator.reasons" });
}
type T = ReturnType<typeof reasonTranslator>;

export function createReasonWriter(locale: Locale, label: LabelOf) {
  const t: T = reasonTranslator(locale);
  const dateFormat = new Intl.DateTimeFormat(locale === "lv" ? "lv-LV" : "en-GB", {
    timeZone: TIME_ZONE,
    dateStyle: "long",
  });
  // A deadline is the instant submissions stop; the day people know is the one before a midnight deadline.
  const day = (at: Date) => dateFormat.format(new Date(at.getTime() - 1));
  const phrase = (group: string, key: string, fallback: string, values: Record<string, string>) => {
    const id = `${group}.${key}` as Parameters<T>[0];
    return t.has(id) ? t(id) : t(fallback as Parameters<T>[0], values);
  };
  const list = new Intl.ListFormat(locale === "lv" ? "lv" : "en", { type: "conjunction" });

  function one(reason: Reason, context: ReasonContext): string {
    switch (reason.kind) {
      case "applicant":
        return phrase("applicant", reason.who, "applicantOther", { label: label("ORGANISATION_TYPE", reason.who) });
      case "anyApplicant":
        return t("anyApplicant");
      case "stage":
        return phrase(STAGE_VERB[context], reason.stage, `${STAGE_VERB[context]}Other`, {
          label: label("STAGE", reason.stage),
        });
      case "anyStage":
        return t("anyStage");
      case "theme":
        return t("theme", { label: inSentence(label("THEME", reason.theme)) });
      case "group":
        return t("group", { label: label("TARGET_GROUP", reason.group) });
      case "local":
        return t("local", {
          place: reason.municipality ? label("MUNICIPALITY", reason.municipality) : label("REGION", reason.region),
        });
      case "opens":
        return t("opens", { date: dateFormat.format(reason.date) });
      case "closes":
        return t("closes", { date: day(reason.date) });
      case "roundEnds":
        return t("roundEnds", { date: day(reason.date) });
      case "noDeadline":
        return t("noDeadline");
      case "offers":
        return t("offers", {
          list: list.format(reason.supportTypes.map((s) => inSentence(label("SUPPORT_TYPE", s)))),
        });
      case "region":
        if (reason.distance === 0) return t("inRegion");
        if (reason.distance === 1) return t("nationwide");
        return t("nearRegion", { region: label("REGION", reason.region) });
      case "sameStage":
        return t("sameStage");
      case "laterStage":
        return t("laterStage", { label: label("STAGE", reason.stage) });
      case "audience":
        return phrase("audience", reason.audience, "audienceOther", { label: label("AUDIENCE", reason.audience) });
      case "practical":
        return phrase("practical", reason.type, "practicalOther", { label: label("RESOURCE_TYPE", reason.type) });
    }
  }

  /** The reasons as one sentence, first letter capitalised. */
  return function reasonLine(reasons: Reason[], context: ReasonContext): string {
    const line = reasons.map((r) => one(r, context)).join(", ");
    return line ? line[0]!.toUpperCase() + line.slice(1) : "";
  };
}
