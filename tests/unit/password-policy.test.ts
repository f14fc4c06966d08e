import { describe, expect, it } from "vitest";
import { passwordProblems } from "@/lib/auth/password-policy";

describe("staff password policy", () => {
  it("accepts a long password with two character classes", () => {
    expect(passwordProblems("correct horse battery 7", "janis@sif.gov.lv")).toEqual([]);
    expect(passwordProblems("Ābele zied maijā", "janis@sif.gov.lv")).toEqual([]);
  });

  it.each([
    ["short-1", "too_short"],
    ["abcdefghijklmnop", "one_class"],
    ["1234567890123456", "one_class"],
    ["janis.berzins-2026", "contains_email"],
    ["Password1234", "common"],
    ["a1".repeat(40), "too_long"],
  ])("refuses %s (%s)", (password, problem) => {
    expect(passwordProblems(password, "janis.berzins@sif.gov.lv")).toContain(problem);
  });
});
