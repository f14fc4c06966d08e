// The choices of the staff resource form and list filters, in the reader's language.
import "server-only";
import { termOptions, type Option } from "@/lib/catalog/options";
import type { Locale } from "@/lib/i18n/routing";

export type ResourcePageOptions = Record<"types" | "audiences" | "stages" | "themes", Option[]>;

export const resourcePageOptions = (locale: Locale): Promise<ResourcePageOptions> =>
  termOptions(locale, { types: "RESOURCE_TYPE", audiences: "AUDIENCE", stages: "STAGE", themes: "THEME" });
