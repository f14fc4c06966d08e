// Staff curation of organisations through the real server actions against a
// seeded PostgreSQL: slugs, audit before/after, search outbox on rename,
// refused deletes while referenced, P2002 as a field error, roles.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { INITIAL_FORM_STATE, type FormState } from "@/lib/forms/state";
import { settle } from "@/lib/write-result";
import { form, redirectOf, signInAs, staffUser } from "../support/actions";
import { queuedForSearch } from "../support/search-queue";

const { saveOrganisation, deleteOrganisationAction, duplicateOrganisationAction, archiveOrganisationAction } =
  await import("@/lib/organisations/actions");
const { createOrganisation } = await import("@/lib/organisations/write");
const { ZOrganisationInput } = await import("@/lib/organisations/schema");

beforeEach(async () => {
  await signInAs("EDITOR");
});

const valid = {
  nameLv: "Rīgas Sociālo inovāciju darbnīca",
  nameEn: "",
  slug: "",
  type: "ngo",
  roles: ["supporter"],
  country: "lv",
  region: "riga",
  website: "https://darbnica.example.lv",
  publicEmails: "info@darbnica.example.lv\nbirojs@darbnica.example.lv",
  publication: "PUBLISHED",
  locale: "en",
};

async function create(values: Record<string, string | string[]>): Promise<string> {
  const url = await redirectOf(saveOrganisation(INITIAL_FORM_STATE, form(values)));
  const id = /\/en\/admin\/organisations\/([^/?]+)\?created=1$/.exec(url)?.[1];
  expect(id, url).toBeTruthy();
  return id!;
}

describe("create", () => {
  it("generates a unique slug from the Latvian name, adding -2 on collision, and audits the new values", async () => {
    const first = await create(valid);
    const second = await create(valid);
    const [a, b] = await Promise.all([
      db.organisation.findUniqueOrThrow({ where: { id: first } }),
      db.organisation.findUniqueOrThrow({ where: { id: second } }),
    ]);
    expect(a.slug).toBe("rigas-socialo-inovaciju-darbnica");
    expect(b.slug).toBe("rigas-socialo-inovaciju-darbnica-2");
    expect(a).toMatchObject({
      country: "LV",
      nameEn: null,
      publicEmails: ["info@darbnica.example.lv", "birojs@darbnica.example.lv"],
      roles: ["supporter"],
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Organisation", entityId: first, action: "create" },
    });
    expect(audit.actorId).toBe((await staffUser("EDITOR")).id);
    expect(audit.changes).toMatchObject({
      nameLv: [null, valid.nameLv],
      slug: [null, "rigas-socialo-inovaciju-darbnica"],
    });
  });

  it("keeps every value and reports each problem next to its field", async () => {
    const state = await saveOrganisation(
      INITIAL_FORM_STATE,
      form({ ...valid, nameLv: "  ", website: "javascript:alert(1)", type: "no-such-type" }),
    );
    expect(state.ok).toBe(false);
    expect(state.problem).toBe("invalid");
    expect(state.fieldErrors).toMatchObject({
      nameLv: ["curation.errors.required"],
      website: ["curation.errors.invalidUrl"],
    });
    expect(state.values).toMatchObject({ website: "javascript:alert(1)", roles: ["supporter"], region: "riga" });
    // a well-formed key that is not in the vocabulary is refused by the database check
    const typeOnly = await saveOrganisation(INITIAL_FORM_STATE, form({ ...valid, type: "no-such-type" }));
    expect(typeOnly.fieldErrors).toEqual({ type: ["curation.errors.invalidChoice"] });
  });

  it("turns a taken slug into a field error (pre-check and the unique index's P2002 alike)", async () => {
    const state = await saveOrganisation(INITIAL_FORM_STATE, form({ ...valid, slug: "sif" }));
    expect(state.fieldErrors).toEqual({ slug: ["curation.errors.slugTaken"] });
    // the unique index itself, as when two saves race past the pre-check
    const data = ZOrganisationInput.parse(valid);
    const raced = await settle(
      async () => ({
        ok: true,
        ...(await db.organisation.create({ data: { ...data, slug: "sif" }, select: { id: true } })),
      }),
      { slug: ["slug", "curation.errors.slugTaken"] },
    );
    expect(raced).toEqual({ ok: false, code: "invalid", fieldErrors: { slug: ["curation.errors.slugTaken"] } });
  });
});

describe("update", () => {
  it("records only the changed fields as before → after and enqueues the organisation's innovations on a rename", async () => {
    const org = await db.organisation.findFirstOrThrow({
      where: { innovations: { some: {} } },
      include: { innovations: true },
    });
    const values = {
      id: org.id,
      nameLv: `${org.nameLv} (jauns)`,
      nameEn: org.nameEn ?? "",
      slug: org.slug,
      type: org.type,
      roles: org.roles,
      supportTypes: org.supportTypes,
      stagesCovered: org.stagesCovered,
      country: org.country ?? "",
      region: org.region ?? "",
      municipality: org.municipality ?? "",
      website: org.website ?? "",
      publicEmails: org.publicEmails.join("\n"),
      descriptionLv: org.descriptionLv ?? "",
      descriptionEn: org.descriptionEn ?? "",
      publication: org.publication,
      sourceRefs: org.sourceRefs.join("\n"),
    };
    const linked = org.innovations.map((i) => i.innovationId);
    const queuedBefore = await queuedForSearch(linked);
    const state: FormState = await saveOrganisation(INITIAL_FORM_STATE, form(values));
    expect(state).toMatchObject({ ok: true, id: org.id });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Organisation", entityId: org.id, action: "update" },
      orderBy: { at: "desc" },
    });
    expect(audit.changes).toEqual({ nameLv: [org.nameLv, `${org.nameLv} (jauns)`] });
    const queuedAfter = await queuedForSearch(linked);
    expect(queuedAfter.length - queuedBefore.length).toBe(new Set(linked).size);
  });

  it("answers 'not found' for a record deleted meanwhile", async () => {
    const state = await saveOrganisation(INITIAL_FORM_STATE, form({ ...valid, id: "gone-meanwhile" }));
    expect(state.problem).toBe("notFound");
  });
});

describe("delete, archive, duplicate", () => {
  it("refuses to delete while innovations refer to it and lists them", async () => {
    const org = await db.organisation.findFirstOrThrow({ where: { innovations: { some: {} } } });
    const state = await deleteOrganisationAction(INITIAL_FORM_STATE, form({ id: org.id, locale: "lv" }));
    expect(state.problem).toBe("referenced");
    const innovations = state.references?.find((r) => r.kind === "innovations");
    expect(innovations?.count).toBeGreaterThan(0);
    expect(innovations?.examples[0]?.href).toMatch(/^\/admin\/innovations\//);
    expect(await db.organisation.count({ where: { id: org.id } })).toBe(1);
  });

  it("deletes an unreferenced organisation with an audit entry of its last values", async () => {
    const created = await createOrganisation(
      ZOrganisationInput.parse({ nameLv: "Dzēšamā biedrība", type: "ngo" }),
      await staffUser("EDITOR"),
    );
    if (!created.ok) throw new Error(created.code);
    const { id } = created;
    expect(await redirectOf(deleteOrganisationAction(INITIAL_FORM_STATE, form({ id, locale: "lv" })))).toBe(
      "/admin/organisations?deleted=1",
    );
    expect(await db.organisation.count({ where: { id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "delete" } });
    expect(audit.changes).toMatchObject({ nameLv: ["Dzēšamā biedrība", null] });
  });

  it("duplicates as a draft with a new slug, and archives with an audit entry", async () => {
    const org = await db.organisation.findFirstOrThrow({ where: { slug: "sif" } });
    const url = await redirectOf(duplicateOrganisationAction(INITIAL_FORM_STATE, form({ id: org.id, locale: "lv" })));
    const copyId = /\/admin\/organisations\/([^/?]+)\?duplicated=1/.exec(url)?.[1];
    const copy = await db.organisation.findUniqueOrThrow({ where: { id: copyId! } });
    expect(copy).toMatchObject({ nameLv: `${org.nameLv} (kopija)`, publication: "DRAFT", type: org.type });
    expect(copy.slug).not.toBe(org.slug);
    expect(await redirectOf(archiveOrganisationAction(INITIAL_FORM_STATE, form({ id: copy.id, locale: "lv" })))).toBe(
      `/admin/organisations/${copy.id}?archived=1`,
    );
    expect((await db.organisation.findUniqueOrThrow({ where: { id: copy.id } })).publication).toBe("ARCHIVED");
    expect(await db.auditLog.count({ where: { entityId: copy.id, action: "archive" } })).toBe(1);
  });
});

describe("authorization", () => {
  it("lets an editor write and refuses a consultant without writing", async () => {
    await signInAs("CONSULTANT");
    const before = await db.organisation.count();
    const state = await saveOrganisation(INITIAL_FORM_STATE, form({ ...valid, nameLv: "Konsultanta mēģinājums" }));
    expect(state.error).toBe("forbidden");
    const del = await deleteOrganisationAction(INITIAL_FORM_STATE, form({ id: "x", locale: "lv" }));
    expect(del.error).toBe("forbidden");
    expect(await db.organisation.count()).toBe(before);
  });

  it("registers every action with content:write and the export with content:read", async () => {
    const { ACTIONS, HANDLERS } = await import("@/lib/organisations/authz");
    expect(ACTIONS.map((a) => [a.export, a.permission])).toEqual([
      ["saveOrganisation", "content:write"],
      ["duplicateOrganisationAction", "content:write"],
      ["archiveOrganisationAction", "content:write"],
      ["deleteOrganisationAction", "content:write"],
    ]);
    expect(HANDLERS).toEqual([expect.objectContaining({ method: "GET", permission: "content:read" })]);
  });
});
