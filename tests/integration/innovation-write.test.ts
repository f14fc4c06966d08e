// The innovation write layer against the real database: what staff, the
// moderation queue and CSV import rely on when they save a record.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { search } from "@/lib/search";
import {
  createInnovation,
  deleteInnovation,
  duplicateInnovation,
  setPublication,
  updateInnovation,
  type Actor,
} from "@/lib/innovations/write";
import type { Locale } from "@/lib/i18n/routing";
import { queuedForSearch } from "../support/search-queue";

let actor: Actor;
let orgId: string;

const valid = (extra: Record<string, unknown> = {}) => ({
  titleLv: "Kopienas virtuve Ķekavā",
  titleEn: "Community kitchen in Ķekava",
  summaryLv: "Kaimiņi kopā gatavo siltas pusdienas vientuļiem senioriem.",
  summaryEn: "Neighbours cook warm lunches for lonely older people together.",
  stage: "pilot",
  status: "active",
  themes: ["poverty", "health"],
  targetGroups: ["disability"],
  region: "riga",
  municipality: "kekavas-novads",
  startYear: "2023",
  organisations: [{ organisationId: orgId, role: "IMPLEMENTER" }],
  links: [{ url: "https://example.lv/virtuve", labelLv: "Mājaslapa" }],
  indicators: [{ labelLv: "Pusdienas gadā", value: "1 200,5", unit: "skaits", year: "2024" }],
  assessments: [{ framework: "EAPN", criterion: "community", score: "4" }],
  ...extra,
});

const auditOf = (entityId: string) =>
  db.auditLog.findMany({ where: { entityType: "Innovation", entityId }, orderBy: { at: "asc" } });
const searchFor = (q: string, locale: Locale = "lv") =>
  search({ q, filters: {}, sort: "relevance", page: 1, pageSize: 10, locale }).then((r) => r.hits.map((h) => h.slug));

beforeAll(async () => {
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@sikc.test" } });
  actor = { id: editor.id, email: editor.email };
  orgId = (await db.organisation.findFirstOrThrow({ select: { id: true } })).id;
});

describe("innovation write layer", () => {
  it("creates a draft in both languages with relations, an audit entry and an outbox row", async () => {
    const result = await createInnovation(valid(), actor);
    expect(result).toMatchObject({ ok: true, slug: "kopienas-virtuve-kekava" });
    if (!result.ok) return;
    const row = await db.innovation.findUniqueOrThrow({
      where: { id: result.id },
      include: { organisations: true, links: true, indicators: true, assessments: true },
    });
    expect(row).toMatchObject({
      titleEn: "Community kitchen in Ķekava",
      publication: "DRAFT",
      source: "STAFF",
      createdById: actor.id,
      startYear: 2023,
    });
    expect(row.organisations).toHaveLength(1);
    expect(row.indicators[0]?.value?.toString()).toBe("1200.5");
    expect(row.assessments[0]).toMatchObject({
      framework: "EAPN",
      criterion: "community",
      assessor: "CURATOR",
      score: 4,
    });
    const [entry] = await auditOf(result.id);
    expect(entry).toMatchObject({ action: "create", actorId: actor.id });
    expect((entry?.changes as Record<string, unknown>).titleLv).toEqual([null, "Kopienas virtuve Ķekavā"]);
    expect(await queuedForSearch([result.id])).toEqual([result.id]);
  });

  it("suffixes a generated slug on collision and refuses a typed slug that is taken", async () => {
    const a = await createInnovation(valid({ titleLv: "Dubults nosaukums" }), actor);
    const b = await createInnovation(valid({ titleLv: "Dubults nosaukums" }), actor);
    expect([a.ok && a.slug, b.ok && b.slug]).toEqual(["dubults-nosaukums", "dubults-nosaukums-2"]);
    const c = await createInnovation(valid({ titleLv: "Cits", slug: "dubults-nosaukums" }), actor);
    expect(c).toEqual({ ok: false, code: "invalid", fieldErrors: { slug: ["curationInnovations.errors.slugTaken"] } });
  });

  it("refuses unknown vocabulary keys, organisations and bad links with field errors and writes nothing", async () => {
    const before = await db.innovation.count();
    const result = await createInnovation(
      valid({
        stage: "no-such-stage",
        themes: ["education", "bogus"],
        municipality: "liepaja",
        organisations: [{ organisationId: "nope", role: "SUPPORTER" }],
        assessments: [{ framework: "SIF", criterion: "community" }],
      }),
      actor,
    );
    expect(result.ok).toBe(false);
    if (result.ok || result.code !== "invalid") return;
    expect(result.fieldErrors).toEqual({
      stage: ["curationInnovations.errors.stageInvalid"],
      themes: ["curationInnovations.errors.themeInvalid"],
      municipality: ["curationInnovations.errors.municipalityNotInRegion"],
      "organisations.0.organisationId": ["curationInnovations.errors.organisationInvalid"],
      "assessments.0.criterion": ["curationInnovations.errors.criterionInvalid"],
    });
    const bad = await createInnovation(valid({ links: [{ url: "javascript:alert(1)" }], titleLv: "" }), actor);
    expect(bad.ok || bad.code !== "invalid" ? null : bad.fieldErrors).toEqual({
      titleLv: ["curationInnovations.errors.titleRequired"],
      "links.0.url": ["curationInnovations.errors.urlInvalid"],
    });
    expect(await db.innovation.count()).toBe(before);
  });

  it("records an update's changed fields before → after and nothing for an unchanged save", async () => {
    const created = await createInnovation(valid({ titleLv: "Atjaunojamā" }), actor);
    if (!created.ok) throw new Error("create failed");
    const updated = await updateInnovation(
      created.id,
      valid({ titleLv: "Atjaunojamā", stage: "scale", links: [] }),
      actor,
    );
    expect(updated).toMatchObject({ ok: true, slug: created.slug });
    await updateInnovation(created.id, valid({ titleLv: "Atjaunojamā", stage: "scale", links: [] }), actor);
    const entries = await auditOf(created.id);
    expect(entries.map((e) => e.action)).toEqual(["create", "update"]);
    expect(entries[1]?.changes).toEqual({
      stage: ["pilot", "scale"],
      links: [["https://example.lv/virtuve Mājaslapa"], []],
    });
    expect(await queuedForSearch([created.id])).toHaveLength(3);
    const renamed = await updateInnovation(created.id, valid({ titleLv: "Atjaunojamā", slug: "jauna-adrese" }), actor);
    expect(renamed).toMatchObject({ ok: true, slug: "jauna-adrese" });
  });

  it("leaves neither data, audit nor search job when the caller's transaction fails", async () => {
    const queuedBefore = await queuedForSearch();
    const auditBefore = await db.auditLog.count();
    await expect(
      db.$transaction(async (tx) => {
        const r = await createInnovation(valid({ titleLv: "Atcelta" }), actor, { tx });
        expect(r.ok).toBe(true);
        throw new Error("import row 7 failed");
      }),
    ).rejects.toThrow("import row 7 failed");
    expect(await db.innovation.count({ where: { titleLv: "Atcelta" } })).toBe(0);
    expect(await queuedForSearch()).toEqual(queuedBefore);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it("publishing makes it searchable in both languages; unpublishing removes it", async () => {
    const created = await createInnovation(
      valid({
        titleLv: "Zvirbulēnu darbnīca",
        titleEn: "Sparrowling workshop",
        summaryEn: "Sparrowling crafts for everyone.",
      }),
      actor,
    );
    if (!created.ok) throw new Error("create failed");
    expect(await searchFor("zvirbulēnu")).not.toContain(created.slug);

    const published = await setPublication(created.id, "PUBLISHED", actor);
    expect(published).toMatchObject({ ok: true, changed: true });
    expect(await searchFor("zvirbulenu")).toContain(created.slug);
    expect(await searchFor("sparrowling", "en")).toContain(created.slug);
    const { publishedAt } = await db.innovation.findUniqueOrThrow({ where: { id: created.id } });
    expect(publishedAt).toBeInstanceOf(Date);

    await setPublication(created.id, "DRAFT", actor);
    expect(await searchFor("zvirbulenu")).not.toContain(created.slug);
    await setPublication(created.id, "ARCHIVED", actor);
    await setPublication(created.id, "PUBLISHED", actor);
    const again = await db.innovation.findUniqueOrThrow({ where: { id: created.id } });
    expect(again.publishedAt).toEqual(publishedAt);
    expect((await auditOf(created.id)).map((e) => e.action)).toEqual([
      "create",
      "publish",
      "unpublish",
      "archive",
      "publish",
    ]);
    expect(await queuedForSearch([created.id])).toHaveLength(5);
  });

  it("records a publication as its own event when the record is created public (an approved submission)", async () => {
    const created = await createInnovation(valid({ titleLv: "Uzreiz publiska" }), actor, {
      source: "PUBLIC_SUBMISSION",
      publication: "PUBLISHED",
    });
    if (!created.ok) throw new Error("create failed");
    expect((await auditOf(created.id)).map((e) => e.action)).toEqual(["create", "publish"]);
    expect(await db.innovation.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      source: "PUBLIC_SUBMISSION",
      publication: "PUBLISHED",
    });
    expect(await searchFor("uzreiz publiska")).toContain(created.slug);
  });

  it("duplicates as a draft with relations and a fresh slug", async () => {
    const created = await createInnovation(valid({ titleLv: "Oriģināls" }), actor);
    if (!created.ok) throw new Error("create failed");
    await setPublication(created.id, "PUBLISHED", actor);
    const copy = await duplicateInnovation(created.id, actor);
    expect(copy).toMatchObject({ ok: true, slug: "originals-2" });
    if (!copy.ok) return;
    const row = await db.innovation.findUniqueOrThrow({
      where: { id: copy.id },
      include: { links: true, organisations: true, assessments: true },
    });
    expect(row).toMatchObject({ titleLv: "Oriģināls (kopija)", publication: "DRAFT", publishedAt: null });
    expect([row.links.length, row.organisations.length, row.assessments.length]).toEqual([1, 1, 1]);
  });

  it("deletes with an audit entry and a DELETE outbox row, but not while a project lists it", async () => {
    const created = await createInnovation(valid({ titleLv: "Dzēšamā" }), actor);
    if (!created.ok) throw new Error("create failed");
    const project = await db.project.create({
      data: { slug: "esf-projekts", titleLv: "ESF+ projekts" },
      select: { id: true },
    });
    await db.projectInnovation.create({ data: { projectId: project.id, innovationId: created.id } });
    expect(await deleteInnovation(created.id, actor)).toEqual({
      ok: false,
      code: "referenced",
      references: [{ kind: "projects", count: 1, examples: [] }],
    });
    await db.projectInnovation.deleteMany({ where: { innovationId: created.id } });
    const queuedBefore = (await queuedForSearch([created.id])).length;
    expect(await deleteInnovation(created.id, actor)).toMatchObject({ ok: true });
    expect(await db.innovation.findUnique({ where: { id: created.id } })).toBeNull();
    expect((await auditOf(created.id)).at(-1)).toMatchObject({ action: "delete" });
    // the worker then finds no record and removes the document
    expect(await queuedForSearch([created.id])).toHaveLength(queuedBefore + 1);
    expect(await deleteInnovation(created.id, actor)).toEqual({ ok: false, code: "notFound" });
  });
});
