// What the public request form offers: vocabulary choices in the page's
// language and the next free slots grouped by their Riga calendar day.
import "server-only";
import { loadVocabularyChoices, type Choice } from "@/lib/taxonomy/choices";
import type { Vocabulary } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import { TIME_ZONE } from "@/lib/time/riga";
import { listBookableSlots } from "./slots";

export type FormChoices = Record<"topics" | "stage" | "theme" | "region" | "organisationType" | "format", Choice[]>;
/** A slot as the picker shows it: id and its Riga-time label, already formatted. */
type SlotOption = { id: string; label: string };
export type SlotDay = { day: string; slots: SlotOption[] };

const VOCABULARIES = {
  topics: "CONSULTATION_TOPIC",
  stage: "STAGE",
  theme: "THEME",
  region: "REGION",
  organisationType: "ORGANISATION_TYPE",
  format: "CONSULTATION_FORMAT",
} as const satisfies Record<keyof FormChoices, Vocabulary>;

/** How many upcoming slots the picker lists; more would make a long radio list. */
const SLOTS_SHOWN = 30;

export const loadFormChoices = (locale: Locale): Promise<FormChoices> => loadVocabularyChoices(locale, VOCABULARIES);

const timeOnly = (locale: Locale) =>
  new Intl.DateTimeFormat(locale === "lv" ? "lv-LV" : "en-GB", { timeZone: TIME_ZONE, timeStyle: "short" });
const dayOnly = (locale: Locale) =>
  new Intl.DateTimeFormat(locale === "lv" ? "lv-LV" : "en-GB", { timeZone: TIME_ZONE, dateStyle: "full" });

/** The next free slots, grouped by Riga day (a slot at 00:30 Riga time belongs to that Riga day, not the UTC one). */
export async function loadSlotDays(locale: Locale, minutes: (n: number) => string): Promise<SlotDay[]> {
  const slots = await listBookableSlots({ limit: SLOTS_SHOWN });
  const days = new Map<string, SlotOption[]>();
  const day = dayOnly(locale);
  const time = timeOnly(locale);
  for (const slot of slots) {
    const key = day.format(slot.startsAt);
    const list = days.get(key) ?? [];
    list.push({ id: slot.id, label: `${time.format(slot.startsAt)} (${minutes(slot.durationMin)})` });
    days.set(key, list);
  }
  return [...days].map(([d, list]) => ({ day: d, slots: list }));
}
