// Staff curation of contact people: consent before public display, audit,
// refused delete while an innovation names the person, audited staff export.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { INITIAL_DELETE_STATE, INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import type { StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

const session = vi.hoisted(() => ({ user: null as StaffUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));

const { saveContact, deleteContactAction } = await import("@/lib/contacts/actions");
const { GET: exportContacts } = await import("@/app/api/admin/contacts/export/route");

let editor: StaffUser;
beforeAll(async () => {
  const r = await db.user.findUniqueOrThrow({ where: { email: "editor@sikc.test" } });
  editor = { id: r.id, email: r.email, name: r.name, role: r.role };
});
beforeEach(() => {
  session.user = editor;
});

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
};

describe("contacts", () => {
  it("refuses public display without a consent date, then creates with an audit entry", async () => {
    const refused = await saveContact(
      INITIAL_FORM_STATE,
      form({ name: "Ilze Bērziņa", email: "ilze@example.lv", showPublicly: "on" }),
    );
    expect(refused.fieldErrors).toEqual({ consentAt: ["curation.errors.consentRequired"] });
    expect(refused.values).toMatchObject({ name: "Ilze Bērziņa", showPublicly: "on" });

    const url = await saveContact(
      INITIAL_FORM_STATE,
      form({
        name: "Ilze Bērziņa",
        email: "Ilze@Example.lv",
        showPublicly: "on",
        consentAt: "2026-03-01",
        locale: "lv",
      }),
    ).then(
      () => "",
      (e: { url?: string }) => e.url ?? "",
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
    const expert = await db.innovationExpert.findFirst({ select: { contactId: true } });
    let contactId = expert?.contactId;
    if (!contactId) {
      const innovation = await db.innovation.findFirstOrThrow({ select: { id: true } });
      contactId = (
        await db.contact.create({
          data: { name: "Eksperts", innovations: { create: { innovationId: innovation.id } } },
        })
      ).id;
    }
    const state = await deleteContactAction(INITIAL_DELETE_STATE, form({ id: contactId, locale: "lv" }));
    expect(state.problem).toBe("referenced");
    expect(state.references[0]).toMatchObject({ kind: "innovations" });
    expect(await db.contact.count({ where: { id: contactId } })).toBe(1);
  });

  it("exports for staff only and records who downloaded personal data", async () => {
    session.user = null;
    expect((await exportContacts(new Request("http://localhost/api/admin/contacts/export"))).status).toBe(401);
    session.user = editor;
    const response = await exportContacts(new Request("http://localhost/api/admin/contacts/export?format=json&q=Ilze"));
    expect(response.headers.get("cache-control")).toBe("no-store");
    const rows = (await response.json()) as { name: string; email: string }[];
    expect(rows).toEqual([expect.objectContaining({ name: "Ilze Bērziņa", email: "ilze@example.lv" })]);
    expect(await db.auditLog.count({ where: { action: "export", entityType: "Contact", actorId: editor.id } })).toBe(1);
  });
});
