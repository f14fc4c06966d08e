// EntityHistory as an edit page embeds it: rendered to HTML against a real
// database, with next-intl's server helpers bound to the English messages.
import { createElement } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { createFormatter, createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/write";
import en from "@/messages/en/audit.json";

const session = vi.hoisted(() => ({ user: null as StaffUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) =>
    createTranslator({ locale: "en", messages: en, namespace: namespace as "audit" }),
  getFormatter: async () => createFormatter({ locale: "en", timeZone: "Europe/Riga" }),
  getLocale: async () => "en",
}));

const { EntityHistory } = await import("@/components/admin/entity-history");

async function render(props: { entityType: string; entityId: string; page?: number }): Promise<string> {
  const { prelude } = await prerenderToNodeStream(createElement(EntityHistory, props));
  let html = "";
  for await (const chunk of prelude) html += chunk.toString();
  return html;
}

const users: Record<string, StaffUser> = {};
beforeAll(async () => {
  for (const u of await db.user.findMany({ where: { email: { endsWith: "@sikc.test" } } }))
    users[u.role] = { id: u.id, email: u.email, name: u.name, role: u.role };
});

describe("EntityHistory", () => {
  it("shows each change in words (from … to …), as text, newest first, with long values behind 'Show all'", async () => {
    const id = `hist-${Date.now()}`;
    const editor = users.EDITOR!;
    await writeAudit({
      action: "create",
      entityType: "Innovation",
      entityId: id,
      actorId: editor.id,
      actorEmail: editor.email,
      changes: { titleLv: [null, "Pirmais"] },
    });
    await new Promise((r) => setTimeout(r, 5));
    await writeAudit({
      action: "update",
      entityType: "Innovation",
      entityId: id,
      actorId: editor.id,
      actorEmail: editor.email,
      changes: {
        titleLv: ["Pirmais", "<img src=x onerror=alert(1)>"],
        summaryLv: ["īss", "garš ".repeat(60)],
        passwordHash: ["a", "b"],
      },
    });
    session.user = users.CONSULTANT!;
    const html = await render({ entityType: "Innovation", entityId: id });
    expect(html).toContain("Change history");
    const updated = html.indexOf("Updated");
    expect(updated).toBeGreaterThan(-1);
    expect(updated).toBeLessThan(html.indexOf("Created"));
    // in words: the field's label, "from … to …" for a change, the value alone for one that was set
    const plain = html.replaceAll("<!-- -->", "");
    expect(plain).toMatch(
      /Title \(LV\): <\/span>from <span[^>]*>Pirmais<\/span> to <span[^>]*>&lt;img src=x onerror=alert\(1\)&gt;<\/span>/,
    );
    expect(plain).toMatch(/Title \(LV\): <\/span><span[^>]*>Pirmais<\/span><\/li>/);
    expect(html).not.toContain("→");
    expect(html).not.toContain("<img");
    expect(html).toContain("Show all");
    expect(html).toContain("<details");
    expect(html).not.toMatch(/>a<|>b</);
    expect(html).toContain(editor.name ?? editor.email);
    // an administrator also gets the way into the full log
    expect(html).not.toContain("See in the audit log");
    session.user = users.ADMIN!;
    expect(await render({ entityType: "Innovation", entityId: id })).toContain("See in the audit log");
  });

  it("renders nothing for a reader without the entity's permission", async () => {
    session.user = null;
    expect(await render({ entityType: "Innovation", entityId: "x" })).toBe("");
    session.user = users.EDITOR!;
    expect(await render({ entityType: "User", entityId: users.EDITOR!.id })).toBe("");
  });

  it("says when there is no history", async () => {
    session.user = users.EDITOR!;
    expect(await render({ entityType: "Organisation", entityId: "none" })).toContain("No changes have been recorded");
  });
});
