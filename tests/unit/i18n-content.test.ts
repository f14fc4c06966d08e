import { describe, it, expect } from "vitest";
import { localized } from "@/lib/i18n/content";
import { localizedHref, otherLocale } from "@/lib/i18n/paths";

const record = {
  titleLv: "Ķirbju zupa senioriem",
  titleEn: "Pumpkin soup for seniors",
  summaryLv: "Kopīga maltīte",
  summaryEn: null as string | null,
  problemLv: null as string | null,
  problemEn: "   ",
  slug: "kirbju-zupa",
};

describe("localized", () => {
  it("returns Latvian for the Latvian locale", () => {
    expect(localized(record, "title", "lv")).toEqual({ text: "Ķirbju zupa senioriem", lang: "lv", fallback: false });
  });

  it("returns English when it exists", () => {
    expect(localized(record, "title", "en")).toEqual({ text: "Pumpkin soup for seniors", lang: "en", fallback: false });
  });

  it("falls back to Latvian, marked lang=lv, when English is null", () => {
    expect(localized(record, "summary", "en")).toEqual({ text: "Kopīga maltīte", lang: "lv", fallback: true });
  });

  it("treats whitespace-only English as empty", () => {
    expect(localized({ titleLv: "Teksts", titleEn: "  " }, "title", "en")).toMatchObject({
      text: "Teksts",
      lang: "lv",
    });
  });

  it("gives empty text, not a fallback, when neither language has a value", () => {
    expect(localized(record, "problem", "en")).toEqual({ text: "", lang: "lv", fallback: false });
    expect(localized(record, "problem", "lv")).toEqual({ text: "", lang: "lv", fallback: false });
  });

  it("trims surrounding whitespace", () => {
    expect(localized({ labelLv: " Vide ", labelEn: " Environment " }, "label", "en").text).toBe("Environment");
  });

  it("only accepts fields that exist in both languages (compile-time)", () => {
    // @ts-expect-error: "slug" has no Lv/En pair
    expect(() => localized(record, "slug", "lv")).not.toThrow();
  });
});

describe("localizedHref", () => {
  it("leaves Latvian unprefixed", () => {
    expect(localizedHref("/innovations", "lv")).toBe("/innovations");
    expect(localizedHref("/", "lv")).toBe("/");
  });

  it("prefixes English", () => {
    expect(localizedHref("/innovations", "en")).toBe("/en/innovations");
    expect(localizedHref("/", "en")).toBe("/en");
  });

  it("keeps the query string", () => {
    expect(localizedHref("/innovations", "en", "?stage=pilot&page=2")).toBe("/en/innovations?stage=pilot&page=2");
    expect(localizedHref("/innovations", "lv", "stage=pilot")).toBe("/innovations?stage=pilot");
    expect(localizedHref("/innovations", "lv", "?")).toBe("/innovations");
  });

  it("offers the other locale", () => {
    expect(otherLocale("lv")).toBe("en");
    expect(otherLocale("en")).toBe("lv");
  });
});
