import { describe, expect, it } from "vitest";
import { checkbox, emailList, keyList, optionalDate, optionalSlug, optionalUrl } from "@/lib/admin/fields";
import { ZOrganisationInput } from "@/lib/organisations/schema";

describe("kit field builders", () => {
  it("accept form values and CSV cells alike", () => {
    expect(keyList().parse(["a", "b", "a"])).toEqual(["a", "b"]);
    expect(keyList().parse("a; b")).toEqual(["a", "b"]);
    expect(emailList().parse("A@x.lv\nb@x.lv; a@x.lv")).toEqual(["a@x.lv", "b@x.lv"]);
    expect(checkbox().parse("on")).toBe(true);
    expect(checkbox().parse("jā")).toBe(true);
    expect(checkbox().parse(undefined)).toBe(false);
  });

  it("refuse dates that do not exist and links that are not http(s)", () => {
    expect(optionalDate().parse("2026-02-28")).toEqual(new Date("2026-02-28T00:00:00Z"));
    expect(optionalDate().parse("")).toBeNull();
    expect(optionalDate().safeParse("2026-02-31").success).toBe(false);
    expect(optionalUrl().safeParse("javascript:alert(1)").success).toBe(false);
    expect(optionalUrl().parse("https://sif.gov.lv")).toBe("https://sif.gov.lv");
    expect(optionalSlug().safeParse("Ne derīgs").success).toBe(false);
  });

  it("parse a flat organisation CSV row with the form's schema", () => {
    const row = {
      nameLv: "Fonds",
      nameEn: "",
      slug: "",
      type: "ngo",
      roles: "funder; supporter",
      supportTypes: "",
      stagesCovered: "idea",
      country: "lv",
      region: "riga",
      municipality: "",
      website: "",
      publicEmails: "info@fonds.lv",
      descriptionLv: "",
      descriptionEn: "",
      publication: "",
      sourceRefs: "",
    };
    expect(ZOrganisationInput.parse(row)).toMatchObject({
      nameEn: null,
      slug: null,
      roles: ["funder", "supporter"],
      country: "LV",
      publication: "PUBLISHED",
      publicEmails: ["info@fonds.lv"],
      sourceRefs: [],
    });
  });
});
