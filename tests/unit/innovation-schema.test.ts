// The innovation schema's promises to the form, the public submission form
// and the CSV import: error keys on the right field, http(s)-only links,
// Latvian decimal commas, and CSV cells split the way the export writes them.
import { toFieldErrors } from "@/lib/forms/field-errors";
import { describe, expect, it } from "vitest";
import { readForm } from "@/lib/forms/read";
import { innovationInput, INNOVATION_ARRAY_FIELDS } from "@/lib/innovations/form-data";
import { csvRowToInput, ZInnovationInput } from "@/lib/innovations/schema";

const base = {
  titleLv: "Kopienas virtuve",
  summaryLv: "Siltas pusdienas senioriem.",
  stage: "pilot",
  status: "active",
};
const errorsOf = (input: Record<string, unknown>) => {
  const r = ZInnovationInput.safeParse(input);
  return r.success ? {} : toFieldErrors(r.error);
};

describe("ZInnovationInput", () => {
  it("accepts a minimal record and fills defaults", () => {
    const r = ZInnovationInput.parse(base);
    expect(r).toMatchObject({ themes: [], links: [], country: "LV", featured: false });
    expect(r.titleEn).toBeUndefined();
  });

  it("names every missing required field with its own key", () => {
    expect(errorsOf({})).toMatchObject({
      titleLv: ["curationInnovations.errors.titleRequired"],
      summaryLv: ["curationInnovations.errors.summaryRequired"],
      stage: ["curationInnovations.errors.stageRequired"],
      status: ["curationInnovations.errors.statusRequired"],
    });
  });

  it("refuses javascript:, data: and ftp: links on the row's own path", () => {
    for (const url of [
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
      "ftp://example.lv",
      "example.lv",
    ]) {
      expect(errorsOf({ ...base, links: [{ url: "https://ok.lv" }, { url }] })).toEqual({
        "links.1.url": ["curationInnovations.errors.urlInvalid"],
      });
    }
  });

  it("checks years, scores, slugs and duplicates", () => {
    expect(
      errorsOf({
        ...base,
        startYear: "2024",
        endYear: "2020",
        slug: "Ne Der!",
        assessments: [{ framework: "SIF", criterion: "novelty", score: "7" }],
      }),
    ).toEqual({
      endYear: ["curationInnovations.errors.endBeforeStart"],
      slug: ["curationInnovations.errors.slugInvalid"],
      "assessments.0.score": ["curationInnovations.errors.scoreInvalid"],
    });
    expect(errorsOf({ ...base, experts: [{ contactId: "c1" }, { contactId: "c1" }] })).toEqual({
      "experts.1.contactId": ["curationInnovations.errors.contactDuplicate"],
    });
  });

  it("reads a Latvian decimal comma and keeps the value exact", () => {
    expect(
      ZInnovationInput.parse({ ...base, indicators: [{ labelLv: "Pusdienas", value: "1 234,5" }] }).indicators[0]
        ?.value,
    ).toBe("1234.5");
    expect(errorsOf({ ...base, indicators: [{ labelLv: "X", value: "1,234" }] })).toEqual({
      "indicators.0.value": ["curationInnovations.errors.valueInvalid"],
    });
  });
});

describe("the innovation form's values", () => {
  it("turns dotted names into rows and keeps every value to echo back", () => {
    const form = new FormData();
    form.append("titleLv", "Virtuve");
    form.append("themes", "health");
    form.append("themes", "poverty");
    form.append("links.0.url", "https://a.lv");
    form.append("links.1.url", "https://b.lv");
    form.append("links.1.labelLv", "B");
    form.append("$ACTION_ID_123", "");
    const { values } = readForm(form, { arrays: INNOVATION_ARRAY_FIELDS });
    const input = innovationInput(values);
    expect(input).toMatchObject({
      titleLv: "Virtuve",
      themes: ["health", "poverty"],
      links: [{ url: "https://a.lv" }, { url: "https://b.lv", labelLv: "B" }],
      experts: [],
    });
    expect(values).toMatchObject({ "links.1.labelLv": "B", targetGroups: [] });
    expect(Object.keys(values).some((k) => k.startsWith("$ACTION"))).toBe(false);
  });
});

describe("csvRowToInput", () => {
  it("splits multi-value cells, resolves organisation slugs and reports unknown ones by column", () => {
    const orgs = new Map([
      ["hapn", "org1"],
      ["lm", "org2"],
    ]);
    const { input, errors } = csvRowToInput(
      {
        ...base,
        themes: "health, poverty",
        implementers: "hapn",
        supporters: "lm; nav-tadas",
        links: "https://a.lv/x,y Mājaslapa | https://b.lv",
      },
      orgs,
    );
    expect(input).toMatchObject({
      themes: ["health", "poverty"],
      organisations: [
        { organisationId: "org1", role: "IMPLEMENTER" },
        { organisationId: "org2", role: "SUPPORTER" },
      ],
      links: [{ url: "https://a.lv/x,y", labelLv: "Mājaslapa" }, { url: "https://b.lv" }],
    });
    expect(errors).toEqual({ supporters: ["curationInnovations.errors.organisationUnknown"] });
    expect(ZInnovationInput.safeParse(input).success).toBe(true);
  });
});
