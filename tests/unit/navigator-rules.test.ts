// The support navigator's ranking rules, one at a time: eligibility filters
// before scoring, the points and their reasons, and the tie-breaks (deadline,
// then distance, then name). The calls are shaped like the demo records.
import { describe, expect, it } from "vitest";
import type { Answers } from "@/lib/navigator/answers";
import {
  callAcceptsApplicant,
  callFundsStage,
  callIsCurrent,
  callReachesPlace,
  callTimingReason,
  matchCall,
  rankCalls,
  type CallCandidate,
} from "@/lib/navigator/calls";
import { matchInnovation, rankInnovations, type InnovationCandidate } from "@/lib/navigator/innovations";
import {
  matchOrganisation,
  organisationCoversStage,
  organisationIsNear,
  organisationMeetsNeeds,
  organisationSupports,
  rankOrganisations,
  type OrganisationCandidate,
} from "@/lib/navigator/organisations";
import { compareMatches, consultationTopic, POINTS, sectionOrder, type Match } from "@/lib/navigator/rules";
import { matchResource, rankResources, resourceFitsStage, type ResourceCandidate } from "@/lib/navigator/toolkit";

const NOW = new Date("2026-12-06T12:00:00Z");
const STAGES = ["problem", "idea", "prototype", "pilot", "sustain", "scale", "systemic"];
const ask = (a: Partial<Answers>): Answers => ({ needs: [], ...a });

type Call = CallCandidate & { slug: string };
const call = (slug: string, c: Partial<CallCandidate> = {}): Call => ({
  slug,
  opensAt: null,
  closesAt: new Date("2027-03-31T20:59:59Z"),
  rolling: null,
  eligibleApplicantTypes: [],
  stages: [],
  themes: [],
  targetGroups: [],
  funderRegion: "national",
  funderMunicipality: null,
  ...c,
});
const slugs = <T extends { slug: string }>(matches: Match<T>[]) => matches.map((m) => m.item.slug);

describe("ties", () => {
  const m = (name: string, score: number, deadline: string | null, distance: 0 | 1 | 2 | 3 | 4): Match<string> => ({
    item: name,
    name,
    score,
    reasons: [],
    deadline: deadline ? new Date(deadline) : null,
    distance,
  });

  it("higher score first, whatever the deadline or distance", () => {
    expect([m("b", 1, "2026-12-07", 0), m("a", 2, null, 4)].sort(compareMatches).map((x) => x.item)).toEqual([
      "a",
      "b",
    ]);
  });

  it("equal scores: the sooner deadline first, no deadline last", () => {
    const sorted = [m("none", 3, null, 0), m("later", 3, "2027-05-01", 0), m("sooner", 3, "2026-12-31", 3)].sort(
      compareMatches,
    );
    expect(sorted.map((x) => x.item)).toEqual(["sooner", "later", "none"]);
  });

  it("equal scores and deadlines: the nearer region first, then the name", () => {
    const sorted = [m("b-far", 3, null, 3), m("z-near", 3, null, 0), m("a-far", 3, null, 3)].sort(compareMatches);
    expect(sorted.map((x) => x.item)).toEqual(["z-near", "a-far", "b-far"]);
  });
});

describe("calls: eligibility", () => {
  it("a closed call is never current; an upcoming or rolling one is", () => {
    expect(callIsCurrent(call("closed", { closesAt: new Date("2026-12-01T00:00:00Z") }), NOW)).toBe(false);
    expect(callIsCurrent(call("upcoming", { opensAt: new Date("2027-01-11T00:00:00Z") }), NOW)).toBe(true);
    expect(callIsCurrent(call("rolling", { closesAt: null, rolling: "quarterly" }), NOW)).toBe(true);
  });

  it("applicant: the call's list decides; no list means anyone; a resident applies as a community group", () => {
    const ngoOnly = call("x", { eligibleApplicantTypes: ["ngo", "social-enterprise"] });
    expect(callAcceptsApplicant(ngoOnly, "ngo")).toBe(true);
    expect(callAcceptsApplicant(ngoOnly, "municipality")).toBe(false);
    expect(callAcceptsApplicant(ngoOnly, "resident")).toBe(false);
    expect(callAcceptsApplicant(call("y", { eligibleApplicantTypes: ["community-group"] }), "resident")).toBe(true);
    expect(callAcceptsApplicant(call("z"), "municipality")).toBe(true);
    expect(callAcceptsApplicant(ngoOnly, undefined)).toBe(true);
  });

  it("stage: a call that names stages funds only those; one that names none funds any", () => {
    expect(callFundsStage(call("x", { stages: ["idea", "prototype"] }), "pilot")).toBe(false);
    expect(callFundsStage(call("x", { stages: ["idea", "pilot"] }), "pilot")).toBe(true);
    expect(callFundsStage(call("x"), "pilot")).toBe(true);
    expect(callFundsStage(call("x", { stages: ["idea"] }), undefined)).toBe(true);
  });

  it("place: a municipality's call is only for its region (and its municipality when one is named)", () => {
    const riga = call("riga", { funderRegion: "riga", funderMunicipality: "riga" });
    expect(callReachesPlace(riga, { region: "latgale" })).toBe(false);
    expect(callReachesPlace(riga, { region: "riga" })).toBe(true);
    expect(callReachesPlace(riga, { region: "riga", municipality: "jurmala" })).toBe(false);
    expect(callReachesPlace(riga, { region: "riga", municipality: "riga" })).toBe(true);
    // nationwide work, or no answer: every call
    expect(callReachesPlace(riga, { region: "national" })).toBe(true);
    expect(callReachesPlace(riga, {})).toBe(true);
    // a national or European funder reaches every region
    expect(callReachesPlace(call("esf", { funderRegion: "national" }), { region: "latgale" })).toBe(true);
    expect(callReachesPlace(call("eu", { funderRegion: "abroad" }), { region: "latgale" })).toBe(true);
  });

  it("eligibility filters before scoring: a call that would score highest but is not open to the person is left out", () => {
    const answers = ask({ who: "ngo", stage: "pilot", theme: "social-services", region: "latgale" });
    const perfectButMunicipal = call("riga-fund", {
      eligibleApplicantTypes: ["ngo"],
      stages: ["pilot"],
      themes: ["social-services"],
      funderRegion: "riga",
    });
    const perfectButForCompanies = call("companies", {
      eligibleApplicantTypes: ["company"],
      themes: ["social-services"],
    });
    const plain = call("plain", { eligibleApplicantTypes: ["ngo"] });
    expect(slugs(rankCalls([perfectButMunicipal, perfectButForCompanies, plain], (c) => c.slug, answers, NOW))).toEqual(
      ["plain"],
    );
  });
});

describe("calls: points, reasons, order", () => {
  const answers = ask({ who: "ngo", stage: "pilot", theme: "social-services", group: "seniors", region: "latgale" });

  it("theme, target group and being open now each add points", () => {
    const base = matchCall(call("base", { opensAt: new Date("2027-01-01T00:00:00Z") }), "base", answers, NOW)!;
    expect(base.score).toBe(0);
    const open = matchCall(call("open"), "open", answers, NOW)!;
    expect(open.score).toBe(POINTS.openNow);
    const theme = matchCall(call("theme", { themes: ["social-services"] }), "theme", answers, NOW)!;
    expect(theme.score).toBe(POINTS.openNow + POINTS.theme);
    const both = matchCall(
      call("both", { themes: ["social-services"], targetGroups: ["seniors"] }),
      "b",
      answers,
      NOW,
    )!;
    expect(both.score).toBe(POINTS.openNow + POINTS.theme + POINTS.group);
  });

  it("the reasons say who can apply, the stage, the theme and the date, in that order", () => {
    const esf = call("esf", {
      closesAt: null,
      rolling: "quarterly",
      eligibleApplicantTypes: ["ngo", "municipality"],
      stages: ["idea", "prototype", "pilot"],
      themes: ["social-services", "poverty"],
    });
    const match = matchCall(esf, "ESF", answers, NOW)!;
    expect(match.reasons.map((r) => r.kind)).toEqual(["applicant", "stage", "theme", "roundEnds"]);
    // the end of the current quarter on the Riga clock is the deadline the tie-break reads
    expect(match.deadline?.toISOString()).toBe("2026-12-31T22:00:00.000Z");
  });

  it("a call that limits neither applicants nor stages says so", () => {
    const match = matchCall(call("open-to-all"), "x", answers, NOW)!;
    expect(match.reasons.slice(0, 2)).toEqual([{ kind: "anyApplicant" }, { kind: "anyStage" }]);
  });

  it("a local call says whose it is", () => {
    const match = matchCall(
      call("cesis", { funderRegion: "vidzeme", funderMunicipality: "cesu-novads" }),
      "x",
      ask({}),
      NOW,
    )!;
    expect(match.reasons).toContainEqual({ kind: "local", region: "vidzeme", municipality: "cesu-novads" });
  });

  it("timing reason: opens for upcoming, closes for fixed dates, round end for rolling, none without dates", () => {
    const opens = new Date("2027-05-03T00:00:00Z");
    expect(callTimingReason(call("u", { opensAt: opens }), NOW).reason).toEqual({ kind: "opens", date: opens });
    const closes = new Date("2026-12-18T21:59:59Z");
    expect(callTimingReason(call("c", { closesAt: closes }), NOW)).toEqual({
      reason: { kind: "closes", date: closes },
      deadline: closes,
    });
    expect(callTimingReason(call("r", { closesAt: null, rolling: "monthly" }), NOW).reason.kind).toBe("roundEnds");
    expect(callTimingReason(call("n", { closesAt: null, rolling: "continuous" }), NOW)).toEqual({
      reason: { kind: "noDeadline" },
      deadline: null,
    });
  });

  it("equal points: the sooner deadline first, then the call nearer the person", () => {
    const soon = call("soon", { closesAt: new Date("2026-12-18T21:59:59Z") });
    const late = call("late", { closesAt: new Date("2027-01-15T21:59:59Z") });
    const nearLate = call("near-late", { closesAt: new Date("2027-01-15T21:59:59Z"), funderRegion: "latgale" });
    expect(slugs(rankCalls([late, nearLate, soon], (c) => c.slug, answers, NOW))).toEqual([
      "soon",
      "near-late",
      "late",
    ]);
  });
});

describe("organisations", () => {
  const org = (o: Partial<OrganisationCandidate> & { slug: string }) => ({
    roles: ["supporter"],
    supportTypes: ["consulting"],
    stagesCovered: [],
    region: "national",
    ...o,
  });

  it("only supporters and funders in Latvia that say what they give", () => {
    expect(organisationSupports(org({ slug: "a" }))).toBe(true);
    expect(organisationSupports(org({ slug: "b", roles: ["implementer"] }))).toBe(false);
    expect(organisationSupports(org({ slug: "c", supportTypes: [] }))).toBe(false);
    expect(organisationSupports(org({ slug: "d", region: "abroad" }))).toBe(false);
    expect(organisationSupports(org({ slug: "e", roles: ["funder"], supportTypes: ["grants"] }))).toBe(true);
  });

  it("stage: left out when it names other stages only; kept when it names none", () => {
    expect(organisationCoversStage(org({ slug: "a", stagesCovered: ["problem", "scale"] }), "pilot")).toBe(false);
    expect(organisationCoversStage(org({ slug: "a", stagesCovered: ["pilot"] }), "pilot")).toBe(true);
    expect(organisationCoversStage(org({ slug: "a" }), "pilot")).toBe(true);
  });

  it("needs: it must give a kind of support that answers one of them", () => {
    expect(organisationMeetsNeeds(org({ slug: "a", supportTypes: ["research"] }), ["money"])).toBe(false);
    expect(organisationMeetsNeeds(org({ slug: "a", supportTypes: ["loans"] }), ["money"])).toBe(true);
    expect(organisationMeetsNeeds(org({ slug: "a", supportTypes: ["infrastructure"] }), ["money", "premises"])).toBe(
      true,
    );
    expect(organisationMeetsNeeds(org({ slug: "a", supportTypes: ["research"] }), [])).toBe(true);
  });

  it("near: the person's region, a neighbouring one, or nationwide; not the far side of the country", () => {
    expect(organisationIsNear(org({ slug: "a", region: "latgale" }), "latgale")).toBe(true);
    expect(organisationIsNear(org({ slug: "a", region: "vidzeme" }), "latgale")).toBe(true);
    expect(organisationIsNear(org({ slug: "a", region: "national" }), "latgale")).toBe(true);
    expect(organisationIsNear(org({ slug: "a", region: "kurzeme" }), "latgale")).toBe(false);
    expect(organisationIsNear(org({ slug: "a", region: "kurzeme" }), undefined)).toBe(true);
  });

  it("points for naming the stage and for each need met; the nearer one first on equal points", () => {
    const answers = ask({ stage: "pilot", needs: ["money", "advice"], region: "latgale" });
    const sif = org({ slug: "sif", supportTypes: ["grants", "consulting"], stagesCovered: ["idea", "pilot"] });
    expect(matchOrganisation(sif, "SIF", answers)!.score).toBe(POINTS.supportsStage + 2 * POINTS.need);
    const local = org({ slug: "local", supportTypes: ["consulting"], region: "latgale" });
    const national = org({ slug: "national", supportTypes: ["mentoring"] });
    const ranked = rankOrganisations([national, local, sif], (o) => o.slug, answers);
    expect(slugs(ranked)).toEqual(["sif", "local", "national"]);
    expect(ranked[0]!.reasons).toEqual([
      { kind: "stage", stage: "pilot" },
      { kind: "offers", supportTypes: ["grants", "consulting"] },
      { kind: "region", region: "national", distance: 1 },
    ]);
  });
});

describe("toolkit items", () => {
  const res = (r: Partial<ResourceCandidate> & { slug: string }) => ({
    type: "guide",
    audiences: [],
    stages: [],
    themes: [],
    ...r,
  });

  it("a material for other stages is left out; one for every stage is kept", () => {
    expect(resourceFitsStage(res({ slug: "a", stages: ["scale"] }), "idea")).toBe(false);
    expect(resourceFitsStage(res({ slug: "a" }), "idea")).toBe(true);
  });

  it("stage, theme and audience score; a method scores more when the person needs methods", () => {
    const method = res({
      slug: "m",
      type: "method",
      stages: ["idea"],
      themes: ["social-services"],
      audiences: ["innovators"],
    });
    const plain = matchResource(method, "m", ask({ who: "resident", stage: "idea", theme: "social-services" }))!;
    expect(plain.score).toBe(POINTS.resourceStage + POINTS.resourceTheme + POINTS.audience + POINTS.practical);
    const needed = matchResource(method, "m", ask({ stage: "idea", needs: ["methods"] }))!;
    expect(needed.score).toBe(POINTS.resourceStage + POINTS.neededType);
  });

  it("with answers to compare, a material that shares none of them is not offered, even a method", () => {
    expect(
      matchResource(res({ slug: "m", type: "method", themes: ["health"] }), "m", ask({ theme: "education" })),
    ).toBe(null);
    expect(matchResource(res({ slug: "m", type: "method" }), "m", ask({}))).not.toBe(null);
  });

  it("for a resident with an idea, methods for ideas lead", () => {
    const ranked = rankResources(
      [
        res({ slug: "policy", type: "policy", stages: ["idea"], audiences: ["innovators"] }),
        res({ slug: "method", type: "method", stages: ["idea", "prototype"], audiences: ["innovators"] }),
        res({ slug: "scaling", type: "method", stages: ["scale"] }),
      ],
      (r) => r.slug,
      ask({ who: "resident", stage: "idea" }),
    );
    expect(slugs(ranked)).toEqual(["method", "policy"]);
  });
});

describe("innovations to learn from", () => {
  const inn = (i: Partial<InnovationCandidate> & { slug: string }) => ({
    stage: "idea",
    themes: [],
    targetGroups: [],
    region: "national",
    ...i,
  });

  it("theme, target group, the same stage and the next stage score; an earlier or a far later stage does not", () => {
    const answers = ask({ stage: "pilot", theme: "health", group: "seniors" });
    expect(
      matchInnovation(
        inn({ slug: "a", stage: "pilot", themes: ["health"], targetGroups: ["seniors"] }),
        "a",
        answers,
        STAGES,
      )!.score,
    ).toBe(POINTS.innovationTheme + POINTS.innovationGroup + POINTS.sameStage);
    expect(matchInnovation(inn({ slug: "b", stage: "sustain" }), "b", answers, STAGES)!.score).toBe(POINTS.laterStage);
    expect(matchInnovation(inn({ slug: "d", stage: "systemic" }), "d", answers, STAGES)).toBe(null);
    expect(matchInnovation(inn({ slug: "c", stage: "idea" }), "c", answers, STAGES)).toBe(null);
  });

  it("with no answers every innovation is offered, the nearer first", () => {
    const ranked = rankInnovations(
      [inn({ slug: "abroad", region: "abroad" }), inn({ slug: "home", region: "latgale" })],
      (i) => i.slug,
      ask({ region: "latgale" }),
      STAGES,
    );
    expect(slugs(ranked)).toEqual(["home", "abroad"]);
  });
});

describe("the consultation and the page", () => {
  it("the consultation topic follows the need first, then the stage", () => {
    expect(consultationTopic(ask({ stage: "pilot", needs: ["money"] }))).toBe("funding");
    expect(consultationTopic(ask({ stage: "idea", who: "resident" }))).toBe("is-it-si");
    expect(consultationTopic(ask({ stage: "idea", who: "ngo" }))).toBe("idea-design");
    expect(consultationTopic(ask({ stage: "pilot" }))).toBe("pilot-to-service");
    expect(consultationTopic(ask({ stage: "scale", needs: ["partners"] }))).toBe("partners");
    expect(consultationTopic(ask({}))).toBe("other");
  });

  it("a resident gets the consultation and the methods first", () => {
    expect(sectionOrder(ask({ who: "resident", stage: "idea" })).slice(0, 2)).toEqual(["consultation", "toolkit"]);
  });

  it("otherwise the lists that answer the needs come first, in the usual order", () => {
    expect(sectionOrder(ask({ who: "ngo", needs: ["money"] }))[0]).toBe("calls");
    expect(sectionOrder(ask({ needs: ["methods"] }))).toEqual([
      "toolkit",
      "calls",
      "organisations",
      "innovations",
      "consultation",
    ]);
    expect(sectionOrder(ask({}))).toEqual(["calls", "organisations", "toolkit", "innovations", "consultation"]);
  });
});
