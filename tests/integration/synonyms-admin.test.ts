// Search synonyms as staff edit them: a group is one audited write that the
// next search uses and that queues Meilisearch's settings; a term another
// group has (a loop), too many terms, a term of stop words only, or two forms
// of one word are refused next to the field with the terms named, and
// nothing is written. The seeded starting set obeys the same rules.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { getBoss, QUEUES, stopBoss } from "@/lib/jobs/boss";
import { createPostgresEngine } from "@/lib/search/postgres";
import { deleteSynonymGroupAction, saveSynonymGroup } from "@/lib/synonyms/actions";
import { ZSynonymTerms } from "@/lib/synonyms/schema";
import { synonymSeedGroups } from "@/prisma/seed/synonyms";
import { form, redirectOf, signInAs, staffUser } from "../support/actions";

let editor: StaffUser;
const engine = createPostgresEngine(db);
const found = async (q: string) =>
  (await engine.search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 50, locale: "lv" })).hits.map(
    (h) => h.slug,
  );
const settingsJobs = async () => {
  await getBoss();
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM pgboss.job WHERE name = ${QUEUES.searchSettings}`;
  return row!.n;
};
beforeAll(async () => {
  editor = await staffUser("EDITOR");
});
afterAll(() => stopBoss({ graceful: false }));

describe("synonym groups", () => {
  it("adds a group that the next search uses, with an audit entry and a Meilisearch settings job", async () => {
    await signInAs(editor);
    expect(await found("kvarkšķis")).toEqual([]);
    const jobsBefore = await settingsJobs();
    const target = await redirectOf(
      saveSynonymGroup(
        INITIAL_FORM_STATE,
        form({ terms: "kvarkšķis\n  sensorā istaba \n\nsensory room", locale: "lv" }),
      ),
    );
    expect(target).toMatch(/^\/admin\/synonyms\?added=/);
    const group = await db.synonymGroup.findFirstOrThrow({ where: { terms: { has: "kvarkšķis" } } });
    expect(group.terms).toEqual(["kvarkšķis", "sensorā istaba", "sensory room"]);
    expect(await found("kvarkšķis")).toContain("sensory-rooms-and-gardens");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "SynonymGroup", entityId: group.id } });
    expect(audit).toMatchObject({ action: "create", actorId: editor.id, changes: { terms: [null, group.terms] } });
    expect(await settingsJobs()).toBe(jobsBefore + 1);

    // edited: the old term no longer expands, the new one does
    const saved = await saveSynonymGroup(
      INITIAL_FORM_STATE,
      form({ id: group.id, terms: "kvarkšķu telpa\nsensorā istaba", locale: "lv" }),
    );
    expect(saved).toMatchObject({ ok: true, id: group.id });
    expect(await found("kvarkšķis")).toEqual([]);
    expect(await found("kvarkšķu telpa")).toContain("sensory-rooms-and-gardens");
    const deleted = await redirectOf(
      deleteSynonymGroupAction(INITIAL_FORM_STATE, form({ id: group.id, locale: "lv" })),
    );
    expect(deleted).toBe("/admin/synonyms?deleted=1");
    expect(await found("kvarkšķu telpa")).toEqual([]);
    const history = await db.auditLog.findMany({
      where: { entityType: "SynonymGroup", entityId: group.id },
      orderBy: { at: "asc" },
    });
    expect(history.map((h) => h.action)).toEqual(["create", "update", "delete"]);
    expect(await settingsJobs()).toBe(jobsBefore + 3);
  });

  it.each([
    ["a term another group has (a loop)", "grabažnieks\nbezmājnieks", "inOtherGroup", "bezmājnieks"],
    ["the same word in another form", "grabažnieks\nbezpajumtniekiem", "inOtherGroup", "bezpajumtniekiem"],
    ["two forms of one word", "pilsēta\npilsētām", "sameForms", "pilsēta / pilsētām"],
    ["a term of stop words only", "kvarkšķis\nthe for", "termStopWords", "the for"],
  ])("refuses %s, naming the terms, and writes nothing", async (_, terms, error, named) => {
    await signInAs(editor);
    const groups = await db.synonymGroup.count();
    const audits = await db.auditLog.count({ where: { entityType: "SynonymGroup" } });
    const state = await saveSynonymGroup(INITIAL_FORM_STATE, form({ terms, locale: "lv" }));
    expect(state.fieldErrors).toEqual({ terms: [`curationUsers.synonyms.errors.${error}`] });
    expect(state.values.terms).toBe(terms);
    expect(state.detail).toContain(named);
    expect(await db.synonymGroup.count()).toBe(groups);
    expect(await db.auditLog.count({ where: { entityType: "SynonymGroup" } })).toBe(audits);
  });

  it.each([
    ["one term", "kvarkšķis", "tooFew"],
    ["thirteen terms", Array.from({ length: 13 }, (_, i) => `kvarkšķis${i}`).join("\n"), "tooMany"],
    ["a term of seven words", "kvarkšķis\nviens divi trīs četri pieci seši septiņi", "termTooManyWords"],
    ["a line of punctuation", "kvarkšķis\n---", "termEmpty"],
    ["a term twice", "kvarkšķis\nKvarkšķis", "duplicate"],
  ])("refuses %s before touching the database", async (_, terms, error) => {
    await signInAs(editor);
    const state = await saveSynonymGroup(INITIAL_FORM_STATE, form({ terms, locale: "lv" }));
    expect(state.fieldErrors.terms).toEqual([`curationUsers.synonyms.errors.${error}`]);
    expect(state.values.terms).toBe(terms);
  });

  it("answers not found for a group deleted meanwhile", async () => {
    await signInAs(editor);
    const state = await saveSynonymGroup(INITIAL_FORM_STATE, form({ id: "gone-meanwhile", terms: "a1b2c\nd3e4f" }));
    expect(state.problem).toBe("notFound");
  });
});

describe("the starting set", () => {
  it("covers the 13 themes and 21 target groups within the form's limits, each term in one group only", async () => {
    const groups = synonymSeedGroups();
    for (const terms of groups) expect(ZSynonymTerms.safeParse(terms).success).toBe(true);
    const themes = await db.term.count({ where: { vocabulary: "THEME", key: { not: "other" } } });
    const targetGroups = await db.term.count({ where: { vocabulary: "TARGET_GROUP" } });
    expect([themes, targetGroups]).toEqual([13, 21]);
    const seeded = (await import("@/prisma/seed/data/synonyms.json", { with: { type: "json" } })).default.groups;
    const covered = new Set(seeded.map((g: { for: string }) => g.for));
    for (const t of await db.term.findMany({ where: { vocabulary: { in: ["THEME", "TARGET_GROUP"] } } })) {
      if (t.key === "other") continue;
      expect(covered).toContain(`${t.vocabulary === "THEME" ? "theme" : "targetGroup"}:${t.key}`);
    }
    // no term of one group matches a term of another: the rule the form enforces
    const shared = await db.$queryRaw<{ a: string; b: string }[]>`
      SELECT a."term" AS a, b."term" AS b FROM "SynonymTerm" a JOIN "SynonymTerm" b
        ON a."groupId" < b."groupId" AND public.search_terms_meet(a."words", b."words")`;
    expect(shared).toEqual([]);
  });
});
