// The one schema of a toolkit resource (method, tool, learning material) as
// staff edit it, shared by the admin form and the write layer. The type,
// audiences, stages and themes are vocabulary keys checked against Term in
// write.ts; the file is an upload id (lib/uploads) checked there too.
// Publication state is changed by setResourcePublication, not here.
import { z } from "zod";
import {
  checkbox,
  E,
  emptyToUndefined,
  httpUrl,
  optionalId,
  optionalLine,
  optionalText,
  optionalUrl,
  requiredLine,
  slugField,
  vocabKey,
  vocabKeys,
} from "@/lib/catalog/fields";

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const MAX_ALTERNATE_URLS = 10;

/** One address per line (a textarea), or an array from a JSON caller. */
const alternateUrls = z
  .preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(/\r?\n/)
            .map((s) => s.trim())
            .filter(Boolean)
        : (v ?? []),
    z.array(z.string(), { error: E("urlInvalid") }),
  )
  .transform((urls, ctx) => {
    if (urls.length > MAX_ALTERNATE_URLS) ctx.addIssue({ code: "custom", message: E("tooManyUrls") });
    else if (urls.some((u) => !httpUrl.safeParse(u).success))
      ctx.addIssue({ code: "custom", message: E("urlInvalid") });
    else return [...new Set(urls.map((u) => httpUrl.parse(u)))];
    return z.NEVER;
  });

export const ZResourceInput = z.object({
  slug: slugField,
  titleLv: requiredLine("titleRequired", 300),
  titleEn: optionalLine(300),
  summaryLv: optionalText(4000),
  summaryEn: optionalText(4000),
  type: vocabKey("resourceTypeRequired"),
  audiences: vocabKeys("audienceInvalid"),
  stages: vocabKeys("stageInvalid"),
  themes: vocabKeys("themeInvalid"),
  /** ISO 639-1 code of the material's own language. */
  language: z.preprocess(
    (v) => (typeof v === "string" ? (v.trim() === "" ? undefined : v.trim().toLowerCase()) : v),
    z
      .string()
      .regex(/^[a-z]{2}$/, { error: E("languageInvalid") })
      .optional(),
  ),
  publisher: optionalLine(300),
  /** Terms of reuse as the publisher states them ("CC BY 4.0", "© publisher"). */
  license: optionalLine(200),
  year: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: E("yearInvalid") })
      .int({ error: E("yearInvalid") })
      .min(MIN_YEAR, { error: E("yearInvalid") })
      .max(MAX_YEAR, { error: E("yearInvalid") })
      .optional(),
  ),
  url: optionalUrl,
  alternateUrls,
  /** An upload's id (POST /api/admin/uploads); empty = no file. */
  fileId: optionalId("fileInvalid"),
  featured: checkbox.default(false),
});

export type ResourceData = z.output<typeof ZResourceInput>;
