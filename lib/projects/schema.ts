// The one schema of a project (e.g. an ESF+ project), shared by the staff
// form, the save action and an import: its own fields plus its links to
// organisations (by role) and innovations, as lists of record ids.
import { z } from "zod";
import { plainText } from "@/lib/forms/plain-text";
import {
  E,
  optionalDate,
  optionalLine,
  optionalSlug,
  optionalText,
  optionalUrl,
  requiredLine,
} from "@/lib/admin/fields";
import { PUBLICATION_STATES } from "@/lib/organisations/schema";

const ID = /^[a-z0-9_-]{1,64}$/i;
const toList = (v: unknown) =>
  v === undefined || v === null || v === ""
    ? []
    : typeof v === "string"
      ? v
          .split(/[;\n,]+/)
          .map((s) => s.trim())
          .filter(Boolean)
      : v;
const idList = () =>
  z
    .preprocess(toList, z.array(plainText(E("controlCharacters")).regex(ID, { error: E("invalidChoice") })).max(500))
    .transform((l) => [...new Set(l)]);

export const ZProjectInput = z
  .object({
    titleLv: requiredLine(300),
    titleEn: optionalLine(300),
    slug: optionalSlug(),
    code: optionalLine(100),
    summaryLv: optionalText(5000),
    summaryEn: optionalText(5000),
    programmeId: z
      .preprocess(
        (v) => (v === "" || v === null ? undefined : v),
        plainText(E("controlCharacters"))
          .regex(ID, { error: E("invalidChoice") })
          .optional(),
      )
      .transform((v) => v ?? null),
    budgetEur: z
      .preprocess(
        (v) =>
          typeof v === "string"
            ? v.trim() === ""
              ? undefined
              : v.replace(/\s/g, "").replace(",", ".")
            : (v ?? undefined),
        z.coerce
          .number({ error: E("invalidNumber") })
          .min(0, { error: E("invalidNumber") })
          .max(1e12, { error: E("invalidNumber") })
          .optional(),
      )
      .transform((v) => (v === undefined ? null : Math.round(v * 100) / 100)),
    startsOn: optionalDate(),
    endsOn: optionalDate(),
    url: optionalUrl(),
    publication: z.preprocess(
      (v) => (v === undefined || v === "" ? "PUBLISHED" : v),
      z.enum(PUBLICATION_STATES, { error: E("invalidChoice") }),
    ),
    leads: idList(),
    partners: idList(),
    funders: idList(),
    innovations: idList(),
  })
  .superRefine((p, ctx) => {
    if (p.startsOn && p.endsOn && p.endsOn < p.startsOn)
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: E("endBeforeStart") });
  });

export type ProjectData = z.output<typeof ZProjectInput>;

export const PROJECT_COLUMNS = [
  "titleLv",
  "titleEn",
  "slug",
  "code",
  "summaryLv",
  "summaryEn",
  "programmeId",
  "budgetEur",
  "startsOn",
  "endsOn",
  "url",
  "publication",
] as const;
export const PROJECT_LINKS = ["leads", "partners", "funders", "innovations"] as const;
export const PROJECT_FIELDS = [...PROJECT_COLUMNS, ...PROJECT_LINKS] as const;
export const ROLE_OF_LINK = { leads: "LEAD", partners: "PARTNER", funders: "FUNDER" } as const;
