import { describe, expect, it } from "vitest";
import { innovationJsonLd, serializeJsonLd } from "@/lib/innovations/json-ld";

describe("serializeJsonLd", () => {
  it("cannot close the script element and round-trips through JSON.parse", () => {
    const data = { name: "</script><script>alert(1)</script> & <!-- \u2028 \u2029" };
    const text = serializeJsonLd(data);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(data);
  });
});

describe("innovationJsonLd", () => {
  it("describes the innovation with schema.org properties, leaving out what is unknown", () => {
    const ld = innovationJsonLd({
      url: "https://example.lv/innovations/a",
      name: "A",
      description: "B",
      inLanguage: "lv",
      about: ["Veselība"],
      audience: ["Seniori"],
      areaServed: null,
      implementers: [{ name: "Org", url: "https://example.lv/organisations/org" }],
      supporters: [],
      datePublished: null,
      dateModified: "2026-01-01T00:00:00.000Z",
    });
    expect(ld).toMatchObject({
      "@context": "https://schema.org",
      name: "A",
      inLanguage: "lv",
      about: [{ name: "Veselība" }],
    });
    expect(ld).toHaveProperty("creator.0.name", "Org");
    expect(ld).not.toHaveProperty("areaServed");
    expect(ld).not.toHaveProperty("funder");
  });
});
