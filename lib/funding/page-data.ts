// What the staff call and programme pages load besides the record: the
// choices of their forms and filters, in the reader's language.
import "server-only";
import { organisationOptions, termOptions, type Option } from "@/lib/catalog/options";
import type { Locale } from "@/lib/i18n/routing";
import { programmeOptions } from "./queries";

export type CallPageOptions = Record<
  "programmes" | "organisations" | "stages" | "targetGroups" | "themes" | "applicantTypes",
  Option[]
>;

export async function callPageOptions(locale: Locale): Promise<CallPageOptions> {
  const [programmes, organisations, terms] = await Promise.all([
    programmeOptions(locale),
    organisationOptions(locale),
    termOptions(locale, {
      stages: "STAGE",
      targetGroups: "TARGET_GROUP",
      themes: "THEME",
      applicantTypes: "ORGANISATION_TYPE",
    }),
  ]);
  return { programmes, organisations, ...terms };
}

export async function programmePageOptions(locale: Locale): Promise<{ organisations: Option[]; themes: Option[] }> {
  const [organisations, terms] = await Promise.all([
    organisationOptions(locale),
    termOptions(locale, { themes: "THEME" }),
  ]);
  return { organisations, themes: terms.themes };
}
