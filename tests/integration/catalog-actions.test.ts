// The catalogue's server actions as the forms call them: a refused save hands
// back every typed value with the error beside its field; a consultant is
// refused before anything is parsed; a publication button changes the state.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { expiredTags, form, redirectOf, signInAs } from "../support/actions";

const { saveCall, changeCallPublication } = await import("@/lib/funding/actions");
const { saveResource } = await import("@/lib/resources/actions");

beforeEach(async () => {
  await signInAs("EDITOR");
  expiredTags();
});

describe("saveCall", () => {
  it("keeps every typed value and puts the date error beside the closing date", async () => {
    const state = await saveCall(
      INITIAL_FORM_STATE,
      form({
        titleLv: "Konkurss",
        titleEn: "Call",
        opensAt: "2027-09-01T09:00",
        closesAt: "2027-08-01",
        stages: ["idea", "pilot"],
        locale: "lv",
      }),
    );
    expect(state).toMatchObject({
      ok: false,
      problem: "invalid",
      fieldErrors: { closesAt: ["curationCatalog.errors.closeBeforeOpen"] },
    });
    expect(state.values).toMatchObject({
      titleLv: "Konkurss",
      titleEn: "Call",
      opensAt: "2027-09-01T09:00",
      closesAt: "2027-08-01",
      stages: ["idea", "pilot"],
    });
  });

  it("refuses a consultant before parsing and writes nothing", async () => {
    await signInAs("CONSULTANT");
    const before = await db.fundingCall.count();
    const state = await saveCall(INITIAL_FORM_STATE, form({ titleLv: "Konsultanta konkurss" }));
    expect(state).toMatchObject({ ok: false, error: "forbidden" });
    expect(await db.fundingCall.count()).toBe(before);
    expect(expiredTags()).toEqual([]);
  });

  it("creates a draft, goes to its edit page, and publishes it with a 'publish' audit entry", async () => {
    const title = `Darbības konkurss ${Date.now()}`;
    const redirect = await redirectOf(saveCall(INITIAL_FORM_STATE, form({ titleLv: title, locale: "en" })));
    expect(redirect).toMatch(/^\/en\/admin\/calls\/[^/]+\?created=1$/);
    const call = await db.fundingCall.findFirstOrThrow({ where: { titleLv: title } });
    expect(call.publication).toBe("DRAFT");
    const moved = await redirectOf(
      changeCallPublication(INITIAL_FORM_STATE, form({ id: call.id, locale: "lv", publication: "PUBLISHED" })),
    );
    expect(moved).toBe(`/admin/calls/${call.id}?publication=PUBLISHED`);
    // the funding pages' cached reads expire, and only theirs
    expect(expiredTags()).toEqual(["funding", "funding"]);
    expect(
      await db.auditLog.count({ where: { entityType: "FundingCall", entityId: call.id, action: "publish" } }),
    ).toBe(1);
  });
});

describe("saveResource", () => {
  it("refuses a javascript: link and an unknown upload, keeping the file label to show", async () => {
    const state = await saveResource(
      INITIAL_FORM_STATE,
      form({
        titleLv: "Rīks",
        type: "tool",
        url: "javascript:alert(1)",
        fileId: "nosuchupload",
        fileLabel: '{"name":"a.pdf","size":10}',
      }),
    );
    expect(state.fieldErrors).toMatchObject({ url: ["curationCatalog.errors.urlInvalid"] });
    expect(state.values).toMatchObject({
      fileId: "nosuchupload",
      fileLabel: '{"name":"a.pdf","size":10}',
      url: "javascript:alert(1)",
    });
  });
});
