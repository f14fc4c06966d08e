// Staff curation of contact people: consent before public display, audit,
// refused delete while an innovation names the person, audited staff export.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { form, redirectOf, signInAs } from "../support/actions";
import { makeContact, makeInnovation } from "../support/factories";

const { saveContact, deleteContactAction } = await import("@/lib/contacts/actions");
const { GET: exportContacts } = await import("@/app/api/admin/contacts/export/route");

beforeEach(async () => {
  await signInAs("EDITOR");
});

describe("contacts", () => {
  it("refuses public display without a consent date, then creates with an audit entry", async () => {
    const refused = await saveContact(
      INITIAL_FORM_STATE,
      form({ name: "Ilze Bērziņa", email: "ilze@example.lv", showPublicly: "on" }),
    );
    expect(refused.fieldErrors).toEqual({ consentAt: ["curation.errors.consentRequired"] });
    expect(refused.values).toMatchObject({ name: "Ilze Bērziņa", showPublicly: "on" });

    const url = await redirectOf(
      saveContact(
        INITIAL_FORM_STATE,
        form({
          name: "Ilze Bērziņa",
          email: "Ilze@Example.lv",
          showPublicly: "on",
          consentAt: "2026-03-01",
          locale: "lv",
        }),
      ),
    );
    const id = /\/admin\/contacts\/([^/?]+)\?created=1/.exec(url)?.[1];
    const contact = await db.contact.findUniqueOrThrow({ where: { id: id! } });
    expect(contact).toMatchObject({
      email: "ilze@example.lv",
      showPublicly: true,
      consentAt: new Date("2026-03-01T00:00:00Z"),
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Contact", entityId: id!, action: "create" },
    });
    expect(audit.changes).toMatchObject({
      name: [null, "Ilze Bērziņa"],
      consentAt: [null, "2026-03-01T00:00:00.000Z"],
    });
  });

  it("refuses to delete a person an innovation names as expert", async () => {
    const innovation = await makeInnovation();
    const { id: contactId } = await makeContact({ innovations: { create: { innovationId: innovation.id } } });
    const state = await deleteContactAction(INITIAL_FORM_STATE, form({ id: contactId, locale: "lv" }));
    expect(state.problem).toBe("referenced");
    expect(state.references?.[0]).toMatchObject({ kind: "innovations", count: 1 });
    expect(await db.contact.count({ where: { id: contactId } })).toBe(1);
  });

  it("exports for staff only and records who downloaded personal data", async () => {
    await signInAs(null);
    expect((await exportContacts(new Request("http://localhost/api/admin/contacts/export"))).status).toBe(401);
    const editor = await signInAs("EDITOR");
    const response = await exportContacts(new Request("http://localhost/api/admin/contacts/export?format=json&q=Ilze"));
    expect(response.headers.get("cache-control")).toBe("no-store");
    const rows = (await response.json()) as { name: string; email: string }[];
    expect(rows).toEqual([expect.objectContaining({ name: "Ilze Bērziņa", email: "ilze@example.lv" })]);
    expect(await db.auditLog.count({ where: { action: "export", entityType: "Contact", actorId: editor?.id } })).toBe(
      1,
    );
  });
});
