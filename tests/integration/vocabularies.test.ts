// Vocabulary editing as editors use it: new terms get a key from the Latvian
// label that is unique and never changes, labels are edited side by side and
// queue the innovations showing them for reindexing, terms in use are hidden
// rather than deleted, and the order can be changed.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import { expiredTags, form, redirectOf, signInAs, staffUser } from "../support/actions";
import { queuedForSearch } from "../support/search-queue";

const { db } = await import("@/lib/db");
const actions = await import("@/lib/taxonomy/actions");
const { INITIAL_FORM_STATE } = await import("@/lib/forms/state");
const { listTerms } = await import("@/lib/taxonomy/queries");
const { loadTermLabels } = await import("@/lib/innovations/queries");

let editor: StaffUser;
let consultant: StaffUser;

beforeAll(async () => {
  [editor, consultant] = await Promise.all([staffUser("EDITOR"), staffUser("CONSULTANT")]);
});

afterEach(async () => {
  await signInAs(null);
  expiredTags();
});

describe("adding a term", () => {
  it("derives the key from the Latvian label, unique within the vocabulary, last in order", async () => {
    await signInAs(editor);
    const add = () =>
      actions.addTerm(
        INITIAL_FORM_STATE,
        form({
          vocabulary: "TARGET_GROUP",
          labelLv: "Ģimenes ar bērniem — Rīgā",
          labelEn: "Families with children",
          locale: "en",
        }),
      );
    expect(await redirectOf(add())).toBe("/en/admin/vocabularies/target-group?added=gimenes-ar-berniem-riga");
    expect(await redirectOf(add())).toBe("/en/admin/vocabularies/target-group?added=gimenes-ar-berniem-riga-2");
    const terms = await listTerms("TARGET_GROUP");
    expect(terms.slice(-2).map((t) => t.key)).toEqual(["gimenes-ar-berniem-riga", "gimenes-ar-berniem-riga-2"]);
    const created = await db.term.findUniqueOrThrow({
      where: { vocabulary_key: { vocabulary: "TARGET_GROUP", key: "gimenes-ar-berniem-riga" } },
    });
    const entry = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Term", entityId: created.id, action: "create" },
    });
    expect(entry).toMatchObject({
      actorId: editor.id,
      changes: { key: [null, "gimenes-ar-berniem-riga"], labelLv: [null, "Ģimenes ar bērniem — Rīgā"] },
    });
    expect(expiredTags()).toContain("terms");
  });

  it("asks for a Latvian label and, for a municipality, its planning region", async () => {
    await signInAs(editor);
    const empty = await actions.addTerm(
      INITIAL_FORM_STATE,
      form({ vocabulary: "THEME", labelLv: "  ", labelEn: "Only English" }),
    );
    expect(empty).toMatchObject({
      ok: false,
      problem: "invalid",
      fieldErrors: { labelLv: ["curationUsers.vocabularies.errors.labelLvRequired"] },
      values: { labelEn: "Only English" },
    });
    const orphan = await actions.addTerm(
      INITIAL_FORM_STATE,
      form({ vocabulary: "MUNICIPALITY", labelLv: "Jaunais novads" }),
    );
    expect(orphan.fieldErrors.parentKey).toEqual(["curationUsers.vocabularies.errors.parentRequired"]);
  });
});

describe("editing labels", () => {
  it("changes both labels but never the key, and shows them to public pages' label reader", async () => {
    await signInAs(editor);
    const term = await db.term.findFirstOrThrow({ where: { vocabulary: "THEME" } });
    const state = await actions.saveTermLabels(
      INITIAL_FORM_STATE,
      form({ termId: term.id, key: "hacked-key", labelLv: "Jauna etiķete", labelEn: "New label" }),
    );
    expect(state).toMatchObject({ ok: true });
    const after = await db.term.findUniqueOrThrow({ where: { id: term.id } });
    expect(after).toMatchObject({ key: term.key, labelLv: "Jauna etiķete", labelEn: "New label" });
    expect((await loadTermLabels()).THEME?.find((t) => t.key === term.key)).toMatchObject({
      labelLv: "Jauna etiķete",
      labelEn: "New label",
    });
    expect(expiredTags()).toContain("terms");
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: term.id, action: "update" } });
    expect(entry.changes).toEqual({ labelLv: [term.labelLv, "Jauna etiķete"], labelEn: [term.labelEn, "New label"] });
  });

  it("queues every innovation using the key for reindexing, in the same write", async () => {
    await signInAs(editor);
    const used = await db.innovation.findFirstOrThrow({
      where: { themes: { isEmpty: false } },
      select: { themes: true },
    });
    const key = used.themes[0]!;
    const users = await db.innovation.findMany({ where: { themes: { has: key } }, select: { id: true } });
    const term = await db.term.findUniqueOrThrow({ where: { vocabulary_key: { vocabulary: "THEME", key } } });
    const before = await queuedForSearch();
    await actions.saveTermLabels(
      INITIAL_FORM_STATE,
      form({ termId: term.id, labelLv: `${term.labelLv} (labots)`, labelEn: term.labelEn }),
    );
    const queued = (await queuedForSearch()).slice(before.length);
    expect(queued.sort()).toEqual(users.map((u) => u.id).sort());
  });

  it("queues nothing when the labels did not change", async () => {
    await signInAs(editor);
    const term = await db.term.findFirstOrThrow({ where: { vocabulary: "STAGE" } });
    const before = await queuedForSearch();
    expect(
      await actions.saveTermLabels(
        INITIAL_FORM_STATE,
        form({ termId: term.id, labelLv: term.labelLv, labelEn: term.labelEn }),
      ),
    ).toMatchObject({ ok: true });
    expect(await queuedForSearch()).toEqual(before);
  });
});

describe("hiding and deleting", () => {
  it("refuses to delete a term in use, saying where, and hides it instead", async () => {
    await signInAs(editor);
    const used = await db.innovation.findFirstOrThrow({ select: { stage: true } });
    const term = await db.term.findUniqueOrThrow({
      where: { vocabulary_key: { vocabulary: "STAGE", key: used.stage } },
    });
    const refused = await actions.deleteTermAction(INITIAL_FORM_STATE, form({ termId: term.id }));
    expect(refused).toMatchObject({ ok: false, problem: "inUse" });
    expect(refused.counts?.innovations).toBeGreaterThan(0);
    expect(await db.term.count({ where: { id: term.id } })).toBe(1);

    expect(
      await actions.setTermActiveAction(INITIAL_FORM_STATE, form({ termId: term.id, active: "false" })),
    ).toMatchObject({ ok: true });
    expect(await db.term.findUniqueOrThrow({ where: { id: term.id } })).toMatchObject({
      active: false,
      key: used.stage,
    });
    expect(
      await db.auditLog.count({
        where: { entityId: term.id, action: "update", changes: { equals: { active: [true, false] } } },
      }),
    ).toBe(1);
    await actions.setTermActiveAction(INITIAL_FORM_STATE, form({ termId: term.id, active: "true" }));
  });

  it("counts a region as used while municipalities sit under it", async () => {
    await signInAs(editor);
    const municipality = await db.term.findFirstOrThrow({
      where: { vocabulary: "MUNICIPALITY", parentKey: { not: null } },
    });
    const region = await db.term.findUniqueOrThrow({
      where: { vocabulary_key: { vocabulary: "REGION", key: municipality.parentKey! } },
    });
    const refused = await actions.deleteTermAction(INITIAL_FORM_STATE, form({ termId: region.id }));
    expect(refused.counts?.municipalities).toBeGreaterThan(0);
  });

  it("deletes an unused term and audits it", async () => {
    await signInAs(editor);
    await redirectOf(
      actions.addTerm(INITIAL_FORM_STATE, form({ vocabulary: "AUDIENCE", labelLv: "Pārejošs termins", labelEn: "" })),
    );
    const term = await db.term.findUniqueOrThrow({
      where: { vocabulary_key: { vocabulary: "AUDIENCE", key: "parejoss-termins" } },
    });
    expect(term.labelEn).toBe("");
    expect(
      await redirectOf(actions.deleteTermAction(INITIAL_FORM_STATE, form({ termId: term.id, locale: "lv" }))),
    ).toBe("/admin/vocabularies/audience?deleted=1");
    expect(await db.term.count({ where: { id: term.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: term.id, action: "delete" } })).toBe(1);
  });
});

describe("order and permissions", () => {
  it("moves a term one place down and back up", async () => {
    await signInAs(editor);
    const [first, second] = await listTerms("STAGE");
    expect(
      await actions.moveTermAction(INITIAL_FORM_STATE, form({ termId: first!.id, direction: "down" })),
    ).toMatchObject({ ok: true });
    expect((await listTerms("STAGE")).slice(0, 2).map((t) => t.id)).toEqual([second!.id, first!.id]);
    expect((await loadTermLabels()).STAGE?.[0]?.key).toBe(second!.key);
    await actions.moveTermAction(INITIAL_FORM_STATE, form({ termId: first!.id, direction: "up" }));
    expect((await listTerms("STAGE")).slice(0, 2).map((t) => t.id)).toEqual([first!.id, second!.id]);
  });

  it("lets a consultant change nothing", async () => {
    await signInAs(consultant);
    const term = await db.term.findFirstOrThrow({ where: { vocabulary: "THEME" } });
    expect(
      (await actions.saveTermLabels(INITIAL_FORM_STATE, form({ termId: term.id, labelLv: "X", labelEn: "X" }))).error,
    ).toBe("forbidden");
    expect(await actions.deleteTermAction(INITIAL_FORM_STATE, form({ termId: term.id }))).toMatchObject({
      error: "forbidden",
    });
    expect(await db.term.findUniqueOrThrow({ where: { id: term.id } })).toMatchObject({ labelLv: term.labelLv });
  });
});
