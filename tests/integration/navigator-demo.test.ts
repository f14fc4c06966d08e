// The support navigator on the demo data, from the URL a person's answers make
// to the ranked result: the cases issue 15 names, no answers at all, and a
// hand-made URL full of unknown and repeated parameters.
import { describe, expect, it } from "vitest";
import { findSupport } from "@/lib/navigator/queries";
import { readNavigatorAnswers } from "@/lib/navigator/page-data";

async function navigate(search: string) {
  const { answers, ignored, terms } = await readNavigatorAnswers(new URLSearchParams(search));
  return { answers, ignored, result: await findSupport(answers, terms, "en", new Date()) };
}

describe("support navigator on the demo data", () => {
  it("NGO, piloting, social services, Latgale, needs money: ESF+ 4.4.1.1 first with its reason", async () => {
    const { ignored, result } = await navigate("who=ngo&stage=pilot&theme=social-services&place=latgale&need=money");
    expect(ignored).toEqual([]);
    expect(result.order[0]).toBe("calls");
    const first = result.calls.shown[0]!;
    expect(first.item.callNumber ?? first.item.slug).toMatch(/4\.4\.1\.1|4-4-1-1/);
    expect(first.reasons).toEqual(
      expect.arrayContaining([
        { kind: "applicant", who: "ngo" },
        { kind: "stage", stage: "pilot" },
        { kind: "theme", theme: "social-services" },
      ]),
    );
    // every listed call is open to NGOs and funds piloting (eligibility before scoring)
    for (const m of result.calls.shown) {
      expect(m.item.eligibleApplicantTypes.length === 0 || m.item.eligibleApplicantTypes.includes("ngo")).toBe(true);
      expect(m.item.stages.length === 0 || m.item.stages.includes("pilot")).toBe(true);
    }
    // organisations that support piloting come first, saying so
    expect(result.organisations.shown[0]!.item.stagesCovered).toContain("pilot");
    expect(result.organisations.shown[0]!.reasons).toContainEqual({ kind: "stage", stage: "pilot" });
    // toolkit items for piloting
    expect(result.toolkit.shown.length).toBeGreaterThan(0);
    for (const m of result.toolkit.shown) expect(m.reasons).toContainEqual({ kind: "stage", stage: "pilot" });
    expect(result.topic).toBe("funding");
  });

  it("resident at the idea stage: the consultation first, then idea-stage methods", async () => {
    const { result } = await navigate("who=resident&stage=idea");
    expect(result.order.slice(0, 2)).toEqual(["consultation", "toolkit"]);
    expect(result.topic).toBe("is-it-si");
    expect(result.toolkit.shown.length).toBeGreaterThan(0);
    for (const m of result.toolkit.shown) expect(m.reasons).toContainEqual({ kind: "stage", stage: "idea" });
    expect(result.toolkit.shown.some((m) => ["method", "tool", "template"].includes(m.item.type))).toBe(true);
  });

  it("with no answers still lists the most general support", async () => {
    const { answers, ignored, result } = await navigate("");
    expect(answers).toEqual({ needs: [] });
    expect(ignored).toEqual([]);
    expect(result.calls.total).toBeGreaterThan(0);
    expect(result.organisations.total).toBeGreaterThan(0);
    expect(result.toolkit.total).toBeGreaterThan(0);
  });

  it("leaves out unknown answers and names them; hundreds of parameters change nothing else", async () => {
    const params = new URLSearchParams("who=martian&stage=pilot&place=atlantis&need=money&need=gold");
    for (let i = 0; i < 400; i++) params.append(i % 2 ? "theme" : `junk${i}`, i % 2 ? `t${i}` : "x");
    const noisy = await navigate(params.toString());
    expect(noisy.ignored).toEqual(["who", "theme", "place", "need"]);
    expect(noisy.answers).toEqual({ stage: "pilot", needs: ["money"] });
    const clean = await navigate("stage=pilot&need=money");
    expect(noisy.result.calls.shown.map((m) => m.item.slug)).toEqual(clean.result.calls.shown.map((m) => m.item.slug));
  });
});
