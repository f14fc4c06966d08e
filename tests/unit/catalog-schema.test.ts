// The shared schemas of calls and resources, as the staff forms, the write
// layer and any JSON caller use them: each refusal names its field and says why.
import { describe, expect, it } from "vitest";
import { toFieldErrors } from "@/lib/catalog/fields";
import { ZCallInput } from "@/lib/funding/schema";
import { ZResourceInput } from "@/lib/resources/schema";

const errorsOf = (schema: typeof ZCallInput | typeof ZResourceInput, input: Record<string, unknown>) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : toFieldErrors(parsed.error);
};
const call = (extra: Record<string, unknown>) => errorsOf(ZCallInput, { titleLv: "Konkurss", ...extra });

describe("a call", () => {
  it("cannot close before it opens", () => {
    expect(call({ opensAt: "2026-12-10T10:00", closesAt: "2026-12-01" })).toEqual({
      closesAt: ["curationCatalog.errors.closeBeforeOpen"],
    });
    expect(call({ opensAt: "2026-12-01", closesAt: "2026-12-01" })).toEqual({}); // one day: 00:00 to 23:59
  });

  it("refuses negative amounts with their own message, in the field that has them", () => {
    expect(call({ totalBudgetEur: "-5000", maxPerProjectEur: "-1", minPerProjectEur: "−3" })).toEqual({
      totalBudgetEur: ["curationCatalog.errors.amountNegative"],
      maxPerProjectEur: ["curationCatalog.errors.amountNegative"],
      minPerProjectEur: ["curationCatalog.errors.amountInvalid"],
    });
    expect(call({ totalBudgetEur: -1 })).toEqual({ totalBudgetEur: ["curationCatalog.errors.amountNegative"] });
    expect(
      ZCallInput.parse({ titleLv: "K", totalBudgetEur: "12 002 272", maxPerProjectEur: "300 000,00" }),
    ).toMatchObject({ totalBudgetEur: "12002272", maxPerProjectEur: "300000.00" });
  });

  it("refuses an aid intensity or advance above 100%, and negative ones", () => {
    expect(call({ aidIntensityPct: "120", advancePct: "100,01" })).toEqual({
      aidIntensityPct: ["curationCatalog.errors.percentOver100"],
      advancePct: ["curationCatalog.errors.percentOver100"],
    });
    expect(call({ aidIntensityPct: "-10" })).toEqual({ aidIntensityPct: ["curationCatalog.errors.percentInvalid"] });
    expect(ZCallInput.parse({ titleLv: "K", aidIntensityPct: "100 %", advancePct: 30 })).toMatchObject({
      aidIntensityPct: "100",
      advancePct: "30",
    });
  });

  it("takes only http(s) links and a known submission rhythm", () => {
    expect(call({ url: "javascript:alert(1)", rolling: "every full moon" })).toEqual({
      url: ["curationCatalog.errors.urlInvalid"],
      rolling: ["curationCatalog.errors.rollingInvalid"],
    });
    expect(call({ url: "ftp://example.lv/x" })).toEqual({ url: ["curationCatalog.errors.urlInvalid"] });
    expect(ZCallInput.parse({ titleLv: "K", rolling: "quarterly" }).rolling).toBe("quarterly");
  });
});

describe("a resource", () => {
  const resource = (extra: Record<string, unknown>) =>
    errorsOf(ZResourceInput, { titleLv: "Rīks", type: "tool", ...extra });

  it("links only to http(s) addresses, its main link and its alternates alike", () => {
    expect(
      resource({ url: "data:text/html,<script>alert(1)</script>", alternateUrls: "https://a.lv\nvbscript:x" }),
    ).toEqual({ url: ["curationCatalog.errors.urlInvalid"], alternateUrls: ["curationCatalog.errors.urlInvalid"] });
  });

  it("keeps a stated licence, one line", () => {
    expect(ZResourceInput.parse({ titleLv: "Rīks", type: "tool", license: " CC BY 4.0 " }).license).toBe("CC BY 4.0");
    expect(resource({ license: "CC BY\n4.0" })).toEqual({ license: ["curationCatalog.errors.lineBreaksNotAllowed"] });
  });
});
