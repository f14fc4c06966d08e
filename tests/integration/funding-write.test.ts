// The funding write layer as editors rely on it: drafts with unique slugs,
// Riga-time dates with "closes after it opens", vocabulary keys checked,
// every change in the audit log as before → after, and no programme deleted
// while calls still belong to it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createCall, deleteCall, duplicateCall, setCallPublication, updateCall } from "@/lib/funding/write-calls";
import {
  createProgramme,
  deleteProgramme,
  duplicateProgramme,
  setProgrammePublication,
  updateProgramme,
} from "@/lib/funding/write-programmes";
import type { StaffUser } from "@/lib/auth/session";
import { staffUser } from "../support/actions";

let editor: StaffUser;
const stamp = Date.now().toString(36);

beforeAll(async () => {
  editor = await staffUser("EDITOR");
});

const call = (extra: Record<string, unknown> = {}) => ({
  titleLv: `Sociālo inovāciju konkurss ${stamp}`,
  stages: ["idea", "pilot"],
  themes: [],
  ...extra,
});

describe("calls", () => {
  it("are created as drafts with a slug from the Latvian title, suffixed when taken", async () => {
    const first = await createCall(call(), editor);
    const second = await createCall(call(), editor);
    expect(first).toMatchObject({ ok: true, slug: `socialo-inovaciju-konkurss-${stamp}` });
    expect(second).toMatchObject({ ok: true, slug: `socialo-inovaciju-konkurss-${stamp}-2` });
    if (!first.ok) return;
    expect(
      await db.fundingCall.findUnique({ where: { id: first.id }, select: { publication: true, stages: true } }),
    ).toEqual({ publication: "DRAFT", stages: ["idea", "pilot"] });
  });

  it("refuse a slug that another call has, next to the slug field", async () => {
    const taken = await createCall(call({ slug: `aiznemts-${stamp}` }), editor);
    expect(taken.ok).toBe(true);
    expect(await createCall(call({ slug: `aiznemts-${stamp}` }), editor)).toEqual({
      ok: false,
      code: "invalid",
      fieldErrors: { slug: ["curationCatalog.errors.slugTaken"] },
    });
  });

  it("read dates as Riga time and refuse a closing date before the opening", async () => {
    const ok = await createCall(call({ opensAt: "2026-03-02T09:00", closesAt: "2026-03-31" }), editor);
    if (!ok.ok) throw new Error(JSON.stringify(ok));
    const row = await db.fundingCall.findUniqueOrThrow({ where: { id: ok.id } });
    // 09:00 in Riga winter time (UTC+2); 31 March is summer time (UTC+3), open until 23:59.
    expect(row.opensAt?.toISOString()).toBe("2026-03-02T07:00:00.000Z");
    expect(row.closesAt?.toISOString()).toBe("2026-03-31T20:59:00.000Z");

    expect(await createCall(call({ opensAt: "2026-03-31T10:00", closesAt: "2026-03-01" }), editor)).toEqual({
      ok: false,
      code: "invalid",
      fieldErrors: { closesAt: ["curationCatalog.errors.closeBeforeOpen"] },
    });
    // 03:30 does not exist in Riga on the night summer time starts
    expect(await createCall(call({ opensAt: "2026-03-29T03:30" }), editor)).toMatchObject({
      ok: false,
      fieldErrors: { opensAt: ["curationCatalog.errors.dateNonexistent"] },
    });
    expect(await createCall(call({ closesAt: "2026-02-30" }), editor)).toMatchObject({
      ok: false,
      fieldErrors: { closesAt: ["curationCatalog.errors.dateInvalid"] },
    });
  });

  it("refuse stage, target group and applicant type keys that are not in the vocabularies", async () => {
    const result = await createCall(
      call({ stages: ["idea", "no-such-stage"], targetGroups: ["martians"], eligibleApplicantTypes: ["ngo", "guild"] }),
      editor,
    );
    expect(result).toEqual({
      ok: false,
      code: "invalid",
      fieldErrors: {
        stages: ["curationCatalog.errors.stageInvalid"],
        targetGroups: ["curationCatalog.errors.targetGroupInvalid"],
        eligibleApplicantTypes: ["curationCatalog.errors.applicantTypeInvalid"],
      },
    });
  });

  it("refuse amounts that contradict each other and non-web links", async () => {
    const result = await createCall(
      call({
        minPerProjectEur: "50 000",
        maxPerProjectEur: "10000",
        url: "javascript:alert(1)",
        aidIntensityPct: "120",
      }),
      editor,
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        maxPerProjectEur: ["curationCatalog.errors.maxBelowMin"],
        url: ["curationCatalog.errors.urlInvalid"],
        aidIntensityPct: ["curationCatalog.errors.percentOver100"],
      },
    });
  });

  it("record an update as before → after of the changed fields only, and publishing as 'publish'", async () => {
    const created = await createCall(call({ titleLv: `Atlase ${stamp}`, maxPerProjectEur: "300000" }), editor);
    if (!created.ok) throw new Error("create failed");
    expect(
      await updateCall(
        created.id,
        call({ titleLv: `Atlase ${stamp}`, titleEn: "Selection", maxPerProjectEur: "250000,50", slug: created.slug }),
        editor,
      ),
    ).toMatchObject({ ok: true });
    const update = await db.auditLog.findFirstOrThrow({
      where: { entityType: "FundingCall", entityId: created.id, action: "update" },
    });
    expect(update.changes).toEqual({ titleEn: [null, "Selection"], maxPerProjectEur: ["300000", "250000.5"] });
    expect(update.actorId).toBe(editor.id);

    expect(await setCallPublication(created.id, "PUBLISHED", editor)).toMatchObject({ ok: true, changed: true });
    const publish = await db.auditLog.findFirstOrThrow({
      where: { entityType: "FundingCall", entityId: created.id, action: "publish" },
    });
    expect(publish.changes).toEqual({ publication: ["DRAFT", "PUBLISHED"] });
  });

  it("duplicate as a draft with a new slug", async () => {
    const created = await createCall(call({ titleLv: `Kopējamais ${stamp}`, closesAt: "2026-12-01" }), editor);
    if (!created.ok) throw new Error("create failed");
    await setCallPublication(created.id, "PUBLISHED", editor);
    const copy = await duplicateCall(created.id, editor);
    expect(copy).toMatchObject({ ok: true, slug: `kopejamais-${stamp}-2` });
    if (!copy.ok) return;
    expect(
      await db.fundingCall.findUniqueOrThrow({ where: { id: copy.id }, select: { publication: true, closesAt: true } }),
    ).toEqual({ publication: "DRAFT", closesAt: new Date("2026-12-01T21:59:00.000Z") });
  });
});

describe("programmes", () => {
  it("cannot be deleted while a call belongs to them; the refusal names the call", async () => {
    const programme = await createProgramme(
      { titleLv: `Programma ${stamp}`, kind: "national-financial", themes: ["social-services"] },
      editor,
    );
    if (!programme.ok) throw new Error(JSON.stringify(programme));
    const child = await createCall(
      call({ titleLv: `Programmas konkurss ${stamp}`, programmeId: programme.id }),
      editor,
    );
    if (!child.ok) throw new Error("call failed");

    const refused = await deleteProgramme(programme.id, editor);
    expect(refused).toMatchObject({
      ok: false,
      code: "referenced",
      references: [
        {
          kind: "calls",
          count: 1,
          examples: [{ label: `Programmas konkurss ${stamp}`, href: `/admin/calls/${child.id}` }],
        },
      ],
    });
    expect(await db.fundingProgramme.count({ where: { id: programme.id } })).toBe(1);

    expect(await deleteCall(child.id, editor)).toEqual({ ok: true, id: child.id });
    expect(await deleteProgramme(programme.id, editor)).toEqual({ ok: true, id: programme.id });
    const deleted = await db.auditLog.findFirstOrThrow({
      where: { entityType: "FundingProgramme", entityId: programme.id, action: "delete" },
    });
    expect(deleted.changes).toMatchObject({
      titleLv: [`Programma ${stamp}`, null],
      kind: ["national-financial", null],
    });
  });

  it("refuse an unknown kind, theme or organisation", async () => {
    expect(
      await createProgramme({ titleLv: "X", kind: "lottery", themes: ["nope"], funderId: "no-such-org" }, editor),
    ).toMatchObject({
      ok: false,
      fieldErrors: { kind: ["curationCatalog.errors.kindRequired"] },
    });
    expect(
      await createProgramme({ titleLv: "X", kind: "private", themes: ["nope"], funderId: "no-such-org" }, editor),
    ).toEqual({
      ok: false,
      code: "invalid",
      fieldErrors: {
        themes: ["curationCatalog.errors.themeInvalid"],
        funderId: ["curationCatalog.errors.organisationInvalid"],
      },
    });
  });

  it("duplicate as an audited draft that leaves the calls with the original; re-publishing changes nothing", async () => {
    const programme = await createProgramme(
      { titleLv: `Kopējamā programma ${stamp}`, kind: "private", period: "2021-2027" },
      editor,
    );
    if (!programme.ok) throw new Error(JSON.stringify(programme));
    const child = await createCall(call({ titleLv: `Kopējamās konkurss ${stamp}`, programmeId: programme.id }), editor);
    if (!child.ok) throw new Error("call failed");
    expect(await setProgrammePublication(programme.id, "PUBLISHED", editor)).toEqual({
      ok: true,
      id: programme.id,
      publication: "PUBLISHED",
      changed: true,
    });
    expect(await setProgrammePublication(programme.id, "PUBLISHED", editor)).toMatchObject({
      ok: true,
      changed: false,
    });
    expect(
      await db.auditLog.count({ where: { entityType: "FundingProgramme", entityId: programme.id, action: "publish" } }),
    ).toBe(1);

    const copy = await duplicateProgramme(programme.id, editor);
    expect(copy).toMatchObject({ ok: true, slug: `kopejama-programma-${stamp}-2` });
    if (!copy.ok) return;
    expect(
      await db.fundingProgramme.findUniqueOrThrow({
        where: { id: copy.id },
        select: { publication: true, period: true, _count: { select: { calls: true } } },
      }),
    ).toEqual({ publication: "DRAFT", period: "2021-2027", _count: { calls: 0 } });
    const created = await db.auditLog.findFirstOrThrow({
      where: { entityType: "FundingProgramme", entityId: copy.id, action: "create" },
    });
    expect(created.changes).toMatchObject({
      duplicatedFrom: [null, programme.slug],
      slug: [null, copy.slug],
      publication: [null, "DRAFT"],
    });

    expect(await duplicateProgramme("missing", editor)).toEqual({ ok: false, code: "notFound" });
    expect(await setProgrammePublication("missing", "PUBLISHED", editor)).toEqual({ ok: false, code: "notFound" });
  });

  it("keep a seeded programme's slug and answer notFound for a missing id", async () => {
    const seeded = await db.fundingProgramme.findFirstOrThrow({ where: { slug: "esf-plus-4-4-1" } });
    expect(
      await updateProgramme(
        seeded.id,
        {
          titleLv: seeded.titleLv,
          kind: seeded.kind,
          themes: seeded.themes,
          funderId: seeded.funderId ?? "",
          operatorId: seeded.operatorId ?? "",
          managingAuthorityId: seeded.managingAuthorityId ?? "",
        },
        editor,
      ),
    ).toEqual({ ok: true, id: seeded.id, slug: "esf-plus-4-4-1" });
    expect(await updateProgramme("missing", { titleLv: "X", kind: "private" }, editor)).toEqual({
      ok: false,
      code: "notFound",
    });
  });
});
