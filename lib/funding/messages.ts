// The funding messages outside a page (feeds, calendars): a translator over
// the same message files the pages use, so it works in route handlers,
// scripts and tests alike.
import { createTranslator } from "next-intl";
import en from "@/messages/en/funding.json";
import lv from "@/messages/lv/funding.json";
import type { Locale } from "@/lib/i18n/routing";

type Namespace = "funding" | "funding.follow" | "funding.statusValues";

export function fundingTranslator<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: locale === "lv" ? lv : en, namespace });
}
