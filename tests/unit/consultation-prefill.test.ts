// The consultation form filled in from a link (the support navigator's "ask
// SIKC about this"): known keys are taken, unknown ones dropped without an
// error, and the summary becomes the start of the question, cleaned and bounded.
import { describe, expect, it } from "vitest";
import { consultationPrefill, type PrefillVocabulary } from "@/lib/consultations/prefill";

const KNOWN: PrefillVocabulary = {
  topics: new Set(["funding", "is-it-si"]),
  stage: new Set(["pilot"]),
  theme: new Set(["social-services"]),
  region: new Set(["latgale"]),
  organisationType: new Set(["ngo"]),
};

describe("consultation prefill", () => {
  it("takes every known key and the summary as the start of the description", () => {
    expect(
      consultationPrefill(
        {
          topic: "funding",
          stage: "pilot",
          theme: "social-services",
          region: "latgale",
          organisationType: "ngo",
          summary: "From the navigator.\r\nMy question: ",
        },
        KNOWN,
      ),
    ).toEqual({
      topics: ["funding"],
      stage: "pilot",
      theme: "social-services",
      region: "latgale",
      organisationType: "ngo",
      description: "From the navigator.\nMy question: ",
    });
  });

  it("drops unknown keys and empty summaries without complaint", () => {
    expect(
      consultationPrefill({ topic: "nope", region: "atlantis", organisationType: ["x", "ngo"], summary: "  " }, KNOWN),
    ).toEqual({});
  });

  it("strips control characters and cuts a long summary", () => {
    const values = consultationPrefill({ summary: `a\u0000b\u0007c\n${"x".repeat(5000)}` }, KNOWN);
    expect(values.description).toMatch(/^abc\nx+$/);
    expect((values.description as string).length).toBe(1500);
  });
});
