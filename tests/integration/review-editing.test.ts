// Staff writing a review: the text, the sections and the priority challenges.
// Bad input is refused beside its field with a message that exists in both
// languages, and everything typed comes back; only editors and admins write;
// a published review's challenges can still be corrected (the innovations
// they link to are the staff's choice) while its figures stay frozen.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { stopBoss } from "@/lib/jobs/boss";
import {
  createReviewAction,
  deleteChallengeAction,
  deleteSectionAction,
  saveChallengeAction,
  saveReviewTextAction,
  saveSectionAction,
} from "@/lib/review/actions";
import { getReviewPage } from "@/lib/review/queries";
import { rigaYear } from "@/lib/time/riga";
import { form, redirectOf, signInAs, staffUser } from "../support/actions";

afterAll(() => stopBoss({ graceful: false }));

const CURRENT = rigaYear(new Date());
let editor: StaffUser;
let reviewId: string;
let published2025: string;

/** "review.errors.x" → the Latvian and English texts of messages/<locale>/review.json (or curation.json). */
function messageTexts(key: string): (string | undefined)[] {
  const [file] = key.split(".");
  return ["lv", "en"].map((locale) => {
    const json: unknown = JSON.parse(
      fs.readFileSync(path.resolve(import.meta.dirname, "../../messages", locale, `${file}.json`), "utf8"),
    );
    return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], json) as
      string | undefined;
  });
}
const expectLocalized = (keys: string[] | undefined) => {
  expect(keys?.length).toBeGreaterThan(0);
  for (const key of keys!) for (const text of messageTexts(key)) expect(typeof text, key).toBe("string");
};

async function innovation(publication: "PUBLISHED" | "DRAFT"): Promise<{ id: string; slug: string }> {
  const slug = `challenge-${crypto.randomBytes(4).toString("hex")}`;
  return db.innovation.create({
    data: {
      slug,
      titleLv: `Inovācija ${slug}`,
      summaryLv: "Īss apraksts.",
      stage: "pilot",
      status: "active",
      publication,
    },
    select: { id: true, slug: true },
  });
}

beforeAll(async () => {
  editor = await staffUser("EDITOR");
  await signInAs(editor);
  await db.annualReview.deleteMany({ where: { year: CURRENT } });
  await redirectOf(createReviewAction(INITIAL_FORM_STATE, form({ year: String(CURRENT), titleLv: "Pārskats" })));
  reviewId = (await db.annualReview.findUniqueOrThrow({ where: { year: CURRENT } })).id;
  published2025 = (await db.annualReview.findUniqueOrThrow({ where: { year: 2025 } })).id;
});
beforeEach(async () => {
  await signInAs(editor);
});

describe("the review's text", () => {
  it("refuses an empty Latvian title beside the field, keeping the introduction typed", async () => {
    const intro = "**Gads**, kad SIKC sāka apkopot atbalstītāju ziņojumus.";
    const answer = await saveReviewTextAction(
      INITIAL_FORM_STATE,
      form({ id: reviewId, titleLv: "  ", titleEn: "Review", introLv: intro, introEn: "" }),
    );
    expect(answer.ok).toBeFalsy();
    expect(answer.fieldErrors.titleLv).toEqual(["curation.errors.required"]);
    expectLocalized(answer.fieldErrors.titleLv);
    expect(answer.values).toMatchObject({ introLv: intro, titleEn: "Review" });
    expect((await db.annualReview.findUniqueOrThrow({ where: { id: reviewId } })).introLv).toBeNull();
  });

  it("refuses a title on two lines", async () => {
    const answer = await saveReviewTextAction(
      INITIAL_FORM_STATE,
      form({ id: reviewId, titleLv: "Pirmā\notrā", titleEn: "", introLv: "", introEn: "" }),
    );
    expect(answer.fieldErrors.titleLv).toEqual(["curation.errors.lineBreaks"]);
    expectLocalized(answer.fieldErrors.titleLv);
  });
});

describe("sections", () => {
  it("refuses a section without a heading, keeping its text", async () => {
    const answer = await saveSectionAction(
      INITIAL_FORM_STATE,
      form({ id: reviewId, year: String(CURRENT), key: "", lv: "", en: "Funding", bodyLv: "Teksts", bodyEn: "" }),
    );
    expect(answer.fieldErrors.lv).toEqual(["curation.errors.required"]);
    expectLocalized(answer.fieldErrors.lv);
    expect(answer.values).toMatchObject({ en: "Funding", bodyLv: "Teksts" });
  });

  it("adds a section with a key from its heading and writes a computed section's text", async () => {
    const url = await redirectOf(
      saveSectionAction(
        INITIAL_FORM_STATE,
        form({
          id: reviewId,
          year: String(CURRENT),
          key: "",
          lv: "Finansējums",
          en: "",
          bodyLv: "Par naudu.",
          bodyEn: "",
        }),
      ),
    );
    expect(url).toBe(`/admin/reviews/${CURRENT}?saved=section#sections`);
    await redirectOf(
      saveSectionAction(
        INITIAL_FORM_STATE,
        form({
          id: reviewId,
          year: String(CURRENT),
          key: "support",
          lv: "Atbalsts",
          en: "Support",
          bodyLv: "Kas palīdzēja.",
          bodyEn: "",
        }),
      ),
    );
    const page = await getReviewPage(CURRENT, { includeDrafts: true });
    expect(page?.review?.sections.map((s) => [s.key, s.bodyLv])).toEqual([
      ["finansejums", "Par naudu."],
      ["support", "Kas palīdzēja."],
    ]);
  });

  it("keeps a section that imported datasets are grouped under", async () => {
    const answer = await deleteSectionAction(INITIAL_FORM_STATE, form({ id: published2025, key: "awareness" }));
    expect(answer.fieldErrors.section).toEqual(["review.errors.sectionInUse"]);
    expectLocalized(answer.fieldErrors.section);
    const sections = (await getReviewPage(2025))!.review!.sections.map((s) => s.key);
    expect(sections).toContain("awareness");
  });
});

describe("priority challenges", () => {
  it("refuses a draft or unknown innovation beside the field, keeping the title and the ticks", async () => {
    const draft = await innovation("DRAFT");
    const good = await innovation("PUBLISHED");
    for (const ids of [
      [good.id, draft.id],
      [good.id, "no-such-innovation"],
    ]) {
      const answer = await saveChallengeAction(
        INITIAL_FORM_STATE,
        form({
          id: reviewId,
          year: String(CURRENT),
          challengeId: "",
          titleLv: "Mājokļi jauniešiem",
          titleEn: "",
          bodyLv: "",
          bodyEn: "",
          innovationIds: ids,
        }),
      );
      expect(answer.fieldErrors.innovationIds).toEqual(["review.errors.invalidChoice"]);
      expectLocalized(answer.fieldErrors.innovationIds);
      expect(answer.values).toMatchObject({ titleLv: "Mājokļi jauniešiem", innovationIds: ids });
    }
    const review = await db.annualReview.findUniqueOrThrow({ where: { id: reviewId } });
    expect(review.challenges).toEqual([]);
  });

  it("refuses a challenge without a title", async () => {
    const answer = await saveChallengeAction(
      INITIAL_FORM_STATE,
      form({
        id: reviewId,
        year: String(CURRENT),
        challengeId: "",
        titleLv: "",
        titleEn: "Housing",
        bodyLv: "",
        bodyEn: "",
      }),
    );
    expect(answer.fieldErrors.titleLv).toEqual(["curation.errors.required"]);
    expect(answer.values).toMatchObject({ titleEn: "Housing" });
  });

  it("links a challenge to its innovations on the page", async () => {
    const a = await innovation("PUBLISHED");
    const url = await redirectOf(
      saveChallengeAction(
        INITIAL_FORM_STATE,
        form({
          id: reviewId,
          year: String(CURRENT),
          challengeId: "",
          titleLv: "Vientuļi seniori",
          titleEn: "Lonely older people",
          bodyLv: "",
          bodyEn: "",
          innovationIds: [a.id],
        }),
      ),
    );
    expect(url).toBe(`/admin/reviews/${CURRENT}?saved=challenge#challenges`);
    const page = await getReviewPage(CURRENT, { includeDrafts: true });
    const challenge = page!.review!.challenges.find((c) => c.titleLv === "Vientuļi seniori")!;
    expect(challenge.id).toBe("vientuli-seniori");
    expect(page!.figures.challengeInnovations[challenge.id]?.map((i) => i.slug)).toEqual([a.slug]);
  });

  it("after publishing, corrects a challenge's innovations while the figures stay frozen", async () => {
    const before = await db.annualReview.findUniqueOrThrow({ where: { id: published2025 } });
    const frozen = before.snapshot as { takenAt: string; innovations: unknown; datasets: unknown };
    const a = await innovation("PUBLISHED");
    const b = await innovation("PUBLISHED");
    const save = (innovationIds: string[]) =>
      redirectOf(
        saveChallengeAction(
          INITIAL_FORM_STATE,
          form({
            id: published2025,
            year: "2025",
            challengeId: "",
            titleLv: "Pēcpilota finansējums",
            titleEn: "",
            bodyLv: "",
            bodyEn: "",
            innovationIds,
          }),
        ),
      );
    await save([a.id]);
    let page = await getReviewPage(2025);
    expect(page?.frozen).toBe(true);
    const id = page!.review!.challenges.find((c) => c.titleLv === "Pēcpilota finansējums")!.id;
    expect(page!.figures.challengeInnovations[id]?.map((i) => i.slug)).toEqual([a.slug]);

    await redirectOf(
      saveChallengeAction(
        INITIAL_FORM_STATE,
        form({
          id: published2025,
          year: "2025",
          challengeId: id,
          titleLv: "Pēcpilota finansējums",
          titleEn: "",
          bodyLv: "",
          bodyEn: "",
          innovationIds: [b.id, a.id],
        }),
      ),
    );
    page = await getReviewPage(2025);
    expect(page!.figures.challengeInnovations[id]?.map((i) => i.slug)).toEqual([b.slug, a.slug]);
    expect(page!.figures.takenAt).toBe(frozen.takenAt);
    expect(page!.figures.innovations).toEqual(frozen.innovations);
    expect(page!.figures.datasets).toEqual(frozen.datasets);

    expect(await deleteChallengeAction(INITIAL_FORM_STATE, form({ id: published2025, challengeId: id }))).toMatchObject(
      { ok: true },
    );
    page = await getReviewPage(2025);
    expect(page!.review!.challenges.some((c) => c.id === id)).toBe(false);
    expect(page!.figures.challengeInnovations[id]).toBeUndefined();
  });
});

describe("who may write", () => {
  it("refuses a consultant every staff write of a review", async () => {
    await signInAs("CONSULTANT");
    const answers = await Promise.all([
      saveReviewTextAction(
        INITIAL_FORM_STATE,
        form({ id: reviewId, titleLv: "X", titleEn: "", introLv: "", introEn: "" }),
      ),
      saveSectionAction(
        INITIAL_FORM_STATE,
        form({ id: reviewId, year: String(CURRENT), key: "", lv: "X", en: "", bodyLv: "", bodyEn: "" }),
      ),
      saveChallengeAction(
        INITIAL_FORM_STATE,
        form({
          id: reviewId,
          year: String(CURRENT),
          challengeId: "",
          titleLv: "X",
          titleEn: "",
          bodyLv: "",
          bodyEn: "",
        }),
      ),
      deleteSectionAction(INITIAL_FORM_STATE, form({ id: reviewId, key: "finansejums" })),
    ]);
    for (const answer of answers) expect(answer).toMatchObject({ error: "forbidden" });
    expect((await db.annualReview.findUniqueOrThrow({ where: { id: reviewId } })).titleLv).toBe("Pārskats");
  });
});
