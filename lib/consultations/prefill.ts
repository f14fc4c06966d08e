// What a link may fill in on the consultation request form: the support
// navigator's "ask SIKC about this" sends the topic, stage, theme, region and
// organisation type as vocabulary keys and `summary`, the opening text of the
// question. A key the vocabulary does not know is dropped, never an error;
// the summary is plain text, cut to a bounded length, and the person sees and
// edits all of it before sending.
import type { FormValues } from "@/lib/forms/state";

/** Far below the description's 4 000 characters: the person's own question follows. */
const SUMMARY_MAX = 1500;

/** The parameters the form reads, with the most characters of each it looks at. */
export const PREFILL_PARAMS = {
  topic: 64,
  stage: 64,
  theme: 64,
  region: 64,
  organisationType: 64,
  summary: SUMMARY_MAX,
} as const;
// Control characters other than line breaks are noise in a text box (and NUL cannot be stored).
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f]/g;

type Raw = Record<string, string | string[] | undefined>;
export type PrefillVocabulary = Record<
  "topics" | "stage" | "theme" | "region" | "organisationType",
  ReadonlySet<string>
>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function consultationPrefill(raw: Raw, known: PrefillVocabulary): FormValues {
  const values: FormValues = {};
  const topic = first(raw.topic);
  if (topic && known.topics.has(topic)) values.topics = [topic];
  for (const name of ["stage", "theme", "region", "organisationType"] as const) {
    const v = first(raw[name]);
    if (v && known[name].has(v)) values[name] = v;
  }
  const summary = first(raw.summary)?.replace(/\r\n?/g, "\n").replace(CONTROL, "").slice(0, SUMMARY_MAX);
  if (summary?.trim()) values.description = summary;
  return values;
}
