import { describe, expect, it } from "vitest";
import { TERM_KEY, vocabularyFromSlug, vocabularySlug } from "@/lib/taxonomy/schema";
import { baseTermKey, freeTermKey, MAX_BASE_KEY } from "@/lib/taxonomy/term-key";

describe("keys of new vocabulary terms", () => {
  it("come from the Latvian label without diacritics", () => {
    expect(baseTermKey("Ģimenes ar bērniem — Rīgā")).toBe("gimenes-ar-berniem-riga");
    expect(baseTermKey("!!!")).toBe("termins");
  });

  it("stay within the stored key pattern, also long ones with a suffix", () => {
    const long = baseTermKey("Sociālo pakalpojumu sniedzēji pašvaldībās un nevalstiskajās organizācijās visā Latvijā");
    expect(long.length).toBeLessThanOrEqual(MAX_BASE_KEY);
    expect(long.endsWith("-")).toBe(false);
    expect(freeTermKey(long, [long, `${long}-2`])).toMatch(TERM_KEY);
  });

  it("get -2, -3 … when the vocabulary already has the key", () => {
    expect(freeTermKey("seniori", [])).toBe("seniori");
    expect(freeTermKey("seniori", ["seniori", "seniori-2"])).toBe("seniori-3");
  });

  it("vocabulary URL segments round-trip and unknown ones are refused", () => {
    expect(vocabularySlug("TARGET_GROUP")).toBe("target-group");
    expect(vocabularyFromSlug("target-group")).toBe("TARGET_GROUP");
    expect(vocabularyFromSlug("users")).toBeNull();
  });
});
