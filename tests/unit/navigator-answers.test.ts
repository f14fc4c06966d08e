// The navigator's answers in the URL: known values kept, unknown ones left out
// and named (never an error), a municipality standing for its region, bounded
// reading of a hand-made URL; the step links built from them; the reason
// lines and the consultation summary in both languages.
import { describe, expect, it } from "vitest";
import { answerParams, readAnswers, type AnswerVocabulary } from "@/lib/navigator/answers";
import { consultationParams, consultationSummary, SUMMARY_MAX } from "@/lib/navigator/consultation";
import { backPath, changeHref, nextPath, skipHref } from "@/lib/navigator/flow";
import { createReasonWriter } from "@/lib/navigator/reasons";
import { NEIGHBOURS, PLANNING_REGIONS, regionDistance } from "@/lib/regions/planning-regions";

const VOCABULARY: AnswerVocabulary = {
  who: new Set(["ngo", "municipality", "community-group"]),
  stage: new Set(["idea", "pilot"]),
  theme: new Set(["social-services"]),
  group: new Set(["seniors"]),
  regions: new Set(["latgale", "riga", "national"]),
  municipalities: new Map([["rezeknes-novads", "latgale"]]),
};

describe("reading the answers", () => {
  it("keeps known answers and derives the region of a municipality", () => {
    const { answers, ignored } = readAnswers(
      {
        who: "ngo",
        stage: "pilot",
        theme: "social-services",
        group: "seniors",
        place: "rezeknes-novads",
        need: ["money", "advice"],
      },
      VOCABULARY,
    );
    expect(answers).toEqual({
      who: "ngo",
      stage: "pilot",
      theme: "social-services",
      group: "seniors",
      place: "rezeknes-novads",
      region: "latgale",
      municipality: "rezeknes-novads",
      needs: ["money", "advice"],
    });
    expect(ignored).toEqual([]);
  });

  it("a resident is an answer beside the organisation types", () => {
    expect(readAnswers({ who: "resident" }, VOCABULARY).answers.who).toBe("resident");
  });

  it("unknown values are left out and the questions named; unknown parameter names are not answers at all", () => {
    const { answers, ignored } = readAnswers(
      { who: "dragon", stage: "pilot", place: "atlantis", need: ["money", "unicorns"], utm_source: "newsletter" },
      VOCABULARY,
    );
    expect(answers).toEqual({ stage: "pilot", needs: ["money"] });
    expect(ignored).toEqual(["who", "place", "need"]);
  });

  it("the first known value of a repeated single answer wins, and the others are named", () => {
    const { answers, ignored } = readAnswers(new URLSearchParams("stage=pilot&stage=idea"), VOCABULARY);
    expect(answers.stage).toBe("pilot");
    expect(ignored).toEqual(["stage"]);
  });

  it("needs may be comma-separated and come back in the questions' order, once each", () => {
    expect(readAnswers({ need: "training,money,money" }, VOCABULARY).answers.needs).toEqual(["money", "training"]);
  });

  it("a hand-made URL with hundreds of parameters reads only a few values of each known name", () => {
    const params = new URLSearchParams();
    for (let i = 0; i < 500; i++) params.append("need", i === 499 ? "money" : `x${i}`);
    for (let i = 0; i < 500; i++) params.append(`junk${i}`, "1");
    const { answers, ignored } = readAnswers(params, VOCABULARY);
    // "money" comes after the values that are read, so it is not seen
    expect(answers.needs).toEqual([]);
    expect(ignored).toEqual(["need"]);
  });

  it("odd text is never an answer", () => {
    const { answers } = readAnswers({ stage: "pilot'; DROP TABLE x;--", theme: "<script>" }, VOCABULARY);
    expect(answers).toEqual({ needs: [] });
  });

  it("writes the answers back in question order, leaving one out on request", () => {
    const { answers } = readAnswers({ need: ["advice"], who: "ngo", place: "latgale" }, VOCABULARY);
    expect(answerParams(answers).toString()).toBe("who=ngo&place=latgale&need=advice");
    expect(answerParams(answers, "who").toString()).toBe("place=latgale&need=advice");
  });
});

describe("the steps", () => {
  const answers = readAnswers({ who: "ngo", stage: "pilot" }, VOCABULARY).answers;

  it("each question leads to the next, the last to the results; Back to the previous, the first to the start", () => {
    expect(nextPath("who", false)).toBe("/navigator/stage");
    expect(nextPath("need", false)).toBe("/navigator/results");
    expect(backPath("stage", false)).toBe("/navigator/who");
    expect(backPath("who", false)).toBe("/navigator");
  });

  it("a question opened by Change goes back to the results", () => {
    expect(nextPath("who", true)).toBe("/navigator/results");
    expect(backPath("theme", true)).toBe("/navigator/results");
    expect(changeHref("stage", answers)).toBe("/navigator/stage?who=ngo&stage=pilot&change=1");
  });

  it("Skip moves on without this question's answer", () => {
    expect(skipHref("stage", answers, false)).toBe("/navigator/theme?who=ngo");
    expect(skipHref("stage", answers, true)).toBe("/navigator/results?who=ngo");
  });
});

describe("planning regions", () => {
  it("borders are mutual", () => {
    for (const region of PLANNING_REGIONS)
      for (const neighbour of NEIGHBOURS[region]) expect(NEIGHBOURS[neighbour]).toContain(region);
  });

  it("distance: same region, nationwide, neighbour, elsewhere, abroad; no home region means no distance", () => {
    expect(regionDistance("latgale", "latgale")).toBe(0);
    expect(regionDistance("latgale", "national")).toBe(1);
    expect(regionDistance("latgale", null)).toBe(1);
    expect(regionDistance("latgale", "vidzeme")).toBe(2);
    expect(regionDistance("latgale", "riga")).toBe(3);
    expect(regionDistance("latgale", "abroad")).toBe(4);
    expect(regionDistance(undefined, "abroad")).toBe(0);
    expect(regionDistance("national", "riga")).toBe(1);
  });
});

describe("words", () => {
  const labels: Record<string, string> = {
    "THEME:social-services": "Social services",
    "SUPPORT_TYPE:grants": "Grants and subsidies",
    "STAGE:pilot": "Piloting and testing",
    "ORGANISATION_TYPE:ngo": "Association or foundation (NGO)",
    "REGION:latgale": "Latgale planning region",
  };
  const label = (v: string, k: string) => labels[`${v}:${k}`] ?? k;
  const reasons = [
    { kind: "applicant", who: "ngo" },
    { kind: "stage", stage: "pilot" },
    { kind: "theme", theme: "social-services" },
    { kind: "roundEnds", date: new Date("2026-12-31T22:00:00Z") },
  ] as const;

  it("the reason line in English, as the issue words it", () => {
    expect(createReasonWriter("en", label)([...reasons], "call")).toBe(
      "Open to NGOs, funds piloting, on social services, current round ends 31 December 2026",
    );
  });

  it("the reason line in Latvian, each phrase in the case its verb takes", () => {
    const lvLabel = (v: string, k: string) => (v === "THEME" ? "Sociālie pakalpojumi" : label(v, k));
    expect(createReasonWriter("lv", lvLabel)([...reasons], "call")).toBe(
      "Var pieteikties biedrības un nodibinājumi, finansē izmēģināšanu (pilotēšanu), joma: sociālie pakalpojumi, kārtējā kārta beidzas 2026. gada 31. decembris",
    );
    expect(createReasonWriter("lv", lvLabel)([{ kind: "stage", stage: "pilot" }], "resource")).toBe(
      "Izmēģināšanai (pilotēšanai)",
    );
  });

  it("a stage or organisation type staff added later is quoted by its label", () => {
    const line = createReasonWriter("en", (_v, k) => `Label of ${k}`)(
      [
        { kind: "stage", stage: "new-stage" },
        { kind: "applicant", who: "new-type" },
      ],
      "organisation",
    );
    expect(line).toBe("Supports the stage “Label of new-stage”, open to: Label of new-type");
  });

  it("the consultation summary names the answers and the best matches, ends where the question starts, and is bounded", () => {
    const answers = readAnswers({ who: "ngo", stage: "pilot", place: "latgale", need: "money" }, VOCABULARY).answers;
    const summary = consultationSummary(
      answers,
      { calls: ["ESF+ 4.4.1.1"], organisations: ["SIF", "Altum"] },
      label,
      (n) => `need:${n}`,
      "en",
    );
    expect(summary).toBe(
      "Sent from the support navigator.\n" +
        "My answers: Association or foundation (NGO); Piloting and testing; Latgale planning region; need:money.\n" +
        "Calls it suggested: ESF+ 4.4.1.1.\n" +
        "Organisations it suggested: SIF; Altum.\n\nMy question: ",
    );
    const long = consultationSummary(answers, { calls: [], organisations: ["x".repeat(5000)] }, label, String, "lv");
    expect(long.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(long.endsWith("Mans jautājums: ")).toBe(true);
  });

  it("the consultation link carries vocabulary keys only where they are known, and no organisation type for a resident", () => {
    const resident = readAnswers({ who: "resident", stage: "idea" }, VOCABULARY).answers;
    expect(Object.fromEntries(consultationParams(resident, "is-it-si", "text"))).toEqual({
      topic: "is-it-si",
      stage: "idea",
      summary: "text",
    });
    const ngo = readAnswers({ who: "ngo", place: "rezeknes-novads" }, VOCABULARY).answers;
    expect(Object.fromEntries(consultationParams(ngo, "funding", "t"))).toMatchObject({
      region: "latgale",
      organisationType: "ngo",
    });
  });
});
