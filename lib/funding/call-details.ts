// A call's structured facts beyond its columns (the `details` JSON: how the
// money is split, conditions, priority themes, indicators, documents…), read
// for the public page. Every field is optional and one of the wrong shape is
// dropped, so a hand-edited record never breaks the page; everything is text
// (rendered as text, never as HTML), and links must be http(s). Pure.
import { z } from "zod";
import type { Locale } from "@/lib/i18n/routing";

const text = z.string().trim().min(1).max(4000);
const url = z.url({ protocol: /^https?$/ });
const amount = z.number().nonnegative();
const months = z.number().int().positive().max(240);
const pair = z.object({ lv: text.optional(), en: text.optional() });
const list = z.array(text).max(50);

const tolerant = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const ZDetails = z.object({
  measureCode: tolerant(text),
  projectNumber: tolerant(text),
  legalBasis: tolerant(z.object({ titleLv: text.optional(), titleEn: text.optional(), url: url.optional() })),
  financing: tolerant(
    z.object({
      totalEur: amount.optional(),
      esfPlusEur: amount.optional(),
      stateBudgetEur: amount.optional(),
      projectSelectionEur: amount.optional(),
    }),
  ),
  stateAidRegime: tolerant(text),
  eligibleCostsRef: tolerant(text),
  constructionAndFixedAssetsMaxPct: tolerant(z.number().min(0).max(100)),
  submissionRhythmLv: tolerant(text),
  submissionRhythmEn: tolerant(text),
  maxDurationMonths: tolerant(months),
  minPilotMonths: tolerant(months),
  conditionsLv: tolerant(list),
  conditionsEn: tolerant(list),
  priorityThemes: tolerant(z.array(pair).max(50)),
  priorityThemesNoteLv: tolerant(text),
  priorityThemesNoteEn: tolerant(text),
  targetGroupsLv: tolerant(text),
  targetGroupsEn: tolerant(text),
  eligibilityNoteLv: tolerant(text),
  eligibilityNoteEn: tolerant(text),
  aidIntensityNote: tolerant(text),
  supportedActivitiesLv: tolerant(list),
  supportedActivitiesEn: tolerant(list),
  supportActivities: tolerant(z.array(pair).max(50)),
  indicators: tolerant(
    z
      .array(
        z.object({ labelLv: text, labelEn: text.optional(), value: z.number(), unit: z.string().max(40).optional() }),
      )
      .max(50),
  ),
  documents: tolerant(z.array(z.object({ titleLv: text.optional(), titleEn: text.optional(), url })).max(50)),
  outcomeLv: tolerant(text),
  outcomeEn: tolerant(text),
});

/** A text in the reader's language, Latvian as the fallback (the source language), with the language it is in. */
export type Text = { text: string; lang: Locale };

export type CallDetails = {
  measureCode?: string;
  projectNumber?: string;
  legalBasis?: { title: Text; url?: string };
  financing?: { totalEur?: number; esfPlusEur?: number; stateBudgetEur?: number; projectSelectionEur?: number };
  stateAidRegime?: string;
  eligibleCostsRef?: string;
  constructionMaxPct?: number;
  submissionRhythm?: Text;
  maxDurationMonths?: number;
  minPilotMonths?: number;
  conditions: Text[];
  priorityThemes: Text[];
  priorityThemesNote?: Text;
  targetGroups?: Text;
  eligibilityNote?: Text;
  aidIntensityNote?: Text;
  supportedActivities: Text[];
  supportActivities: Text[];
  indicators: { label: Text; value: number; unit?: string }[];
  documents: { title: Text; url: string }[];
  outcome?: Text;
};

function pick(lv: string | undefined, en: string | undefined, locale: Locale): Text | undefined {
  if (locale === "en" && en) return { text: en, lang: "en" };
  if (lv) return { text: lv, lang: "lv" };
  return en ? { text: en, lang: "en" } : undefined;
}

function pickList(lv: string[] | undefined, en: string[] | undefined, locale: Locale): Text[] {
  if (locale === "en" && en?.length) return en.map((text) => ({ text, lang: "en" }));
  if (lv?.length) return lv.map((text) => ({ text, lang: "lv" }));
  return (en ?? []).map((text) => ({ text, lang: "en" }));
}

/** "Latvian text / English text" (how bilingual notes are kept in the seed): the reader's half. */
function splitBilingual(note: string | undefined, locale: Locale): Text | undefined {
  if (!note) return undefined;
  const [lv, en] = note.split(" / ");
  return en ? pick(lv, en, locale) : { text: note, lang: "lv" };
}

export function readCallDetails(raw: unknown, locale: Locale): CallDetails {
  const d = ZDetails.safeParse(raw && typeof raw === "object" && !Array.isArray(raw) ? raw : {});
  const v = d.success ? d.data : {};
  const legalTitle = v.legalBasis && pick(v.legalBasis.titleLv, v.legalBasis.titleEn, locale);
  return {
    measureCode: v.measureCode,
    projectNumber: v.projectNumber,
    legalBasis: legalTitle ? { title: legalTitle, url: v.legalBasis?.url } : undefined,
    financing: v.financing,
    stateAidRegime: v.stateAidRegime,
    eligibleCostsRef: v.eligibleCostsRef,
    constructionMaxPct: v.constructionAndFixedAssetsMaxPct,
    submissionRhythm: pick(v.submissionRhythmLv, v.submissionRhythmEn, locale),
    maxDurationMonths: v.maxDurationMonths,
    minPilotMonths: v.minPilotMonths,
    conditions: pickList(v.conditionsLv, v.conditionsEn, locale),
    priorityThemes: (v.priorityThemes ?? []).flatMap((p) => pick(p.lv, p.en, locale) ?? []),
    priorityThemesNote: pick(v.priorityThemesNoteLv, v.priorityThemesNoteEn, locale),
    targetGroups: pick(v.targetGroupsLv, v.targetGroupsEn, locale),
    eligibilityNote: pick(v.eligibilityNoteLv, v.eligibilityNoteEn, locale),
    aidIntensityNote: splitBilingual(v.aidIntensityNote, locale),
    supportedActivities: pickList(v.supportedActivitiesLv, v.supportedActivitiesEn, locale),
    supportActivities: (v.supportActivities ?? []).flatMap((p) => pick(p.lv, p.en, locale) ?? []),
    indicators: (v.indicators ?? []).map((i) => ({
      label: pick(i.labelLv, i.labelEn, locale)!,
      value: i.value,
      unit: i.unit,
    })),
    documents: (v.documents ?? []).flatMap((doc) => {
      const title = pick(doc.titleLv, doc.titleEn, locale);
      return title ? [{ title, url: doc.url }] : [];
    }),
    outcome: pick(v.outcomeLv, v.outcomeEn, locale),
  };
}

/** "002_a760ff6364830365.txt" → "002": the source document a record was drawn from. */
export const sourceNumber = (ref: string): string | null => /^(\d{3})[_-]/.exec(ref)?.[1] ?? null;
