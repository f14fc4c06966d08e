// Staff-account management as administrators use it: create (password or
// sign-in link), edit, role changes under the last-admin rule (also when two
// admins demote each other at once), deactivation ending sessions, deletion
// only of accounts that own nothing, and the audit trail of each.
import crypto from "node:crypto";
import bcrypt from "bcryptjs";
import type { JWT } from "next-auth/jwt";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffUser } from "@/lib/auth/session";

vi.hoisted(() => {
  // The sign-in link is hashed with the secret next-auth uses; give the run one.
  process.env.AUTH_SECRET ??= "users-test-secret-users-test-secret-123";
});

const { buildAuthOptions } = await import("@/lib/auth/options");
const { db } = await import("@/lib/db");
const { env } = await import("@/lib/env");
const { setMailTransport } = await import("@/lib/mail/transport");
const actions = await import("@/lib/users/actions");
const { INITIAL_FORM_STATE } = await import("@/lib/forms/state");
const { form, redirectOf, signInAs, staffUser } = await import("../support/actions");
const { makeUser } = await import("../support/factories");
const { changeRole } = await import("@/lib/users/write");

const users: Record<"admin" | "editor" | "consultant", StaffUser> = {} as never;

beforeAll(async () => {
  for (const who of ["admin", "editor", "consultant"] as const)
    users[who] = await staffUser(who.toUpperCase() as never);
});

afterEach(async () => {
  await signInAs(null);
  setMailTransport(null);
});

/** Leaves the seeded admin as the only active ADMIN (tests below add and demote admins). */
async function onlySeededAdmin() {
  await db.user.updateMany({ where: { role: "ADMIN", NOT: { id: users.admin.id } }, data: { role: "EDITOR" } });
}

describe("creating a staff account", () => {
  it("with an initial password: stored as a bcrypt hash, audited without it", async () => {
    await signInAs(users.admin);
    const email = `new-editor-${Date.now()}@sif.gov.lv`;
    const target = await redirectOf(
      actions.createUser(
        INITIAL_FORM_STATE,
        form({
          name: "Ilze Kalniņa",
          email: ` ${email.toUpperCase()} `,
          role: "EDITOR",
          access: "password",
          password: "Zaļā ābele zied 2026",
          locale: "lv",
        }),
      ),
    );
    const created = await db.user.findUniqueOrThrow({ where: { email }, omit: { passwordHash: false } });
    expect(target).toBe(`/admin/users/${created.id}?created=1`);
    expect(created).toMatchObject({ name: "Ilze Kalniņa", role: "EDITOR", active: true });
    expect(await bcrypt.compare("Zaļā ābele zied 2026", created.passwordHash!)).toBe(true);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { entityType: "User", entityId: created.id, action: "create" },
    });
    expect(entry.actorId).toBe(users.admin.id);
    expect(entry.changes).toMatchObject({ email: [null, email], role: [null, "EDITOR"] });
    const serialized = JSON.stringify(entry.changes);
    expect(serialized).not.toContain("Zaļā");
    expect(serialized).not.toContain(created.passwordHash!);
  });

  it("refuses a weak password with the policy's reasons and keeps the other values (never the password)", async () => {
    await signInAs(users.admin);
    const state = await actions.createUser(
      INITIAL_FORM_STATE,
      form({
        name: "Jānis",
        email: "janis@sif.gov.lv",
        role: "CONSULTANT",
        access: "password",
        password: "janisjanisjanis",
      }),
    );
    expect(state.ok).toBe(false);
    expect(state.problem).toBe("invalid");
    expect(state.fieldErrors.password).toEqual(
      expect.arrayContaining([
        "curationUsers.errors.password.one_class",
        "curationUsers.errors.password.contains_email",
      ]),
    );
    expect(state.values).toMatchObject({
      name: "Jānis",
      email: "janis@sif.gov.lv",
      role: "CONSULTANT",
      access: "password",
    });
    expect(state.values.password).toBeUndefined();
    expect(await db.user.count({ where: { email: "janis@sif.gov.lv" } })).toBe(0);
  });

  it("refuses an address already in use as a field error", async () => {
    await signInAs(users.admin);
    const state = await actions.createUser(
      INITIAL_FORM_STATE,
      form({ name: "Dubultnieks", email: "editor@sikc.test", role: "EDITOR", access: "link" }),
    );
    expect(state.fieldErrors.email).toEqual(["curationUsers.errors.emailTaken"]);
  });

  it("with a sign-in link: mails a one-time link that next-auth's callback accepts", async () => {
    await signInAs(users.admin);
    const sent: { to: unknown; text?: string }[] = [];
    setMailTransport({ send: async (m) => (sent.push(m), { messageId: "test" }) });
    const email = `invited-${Date.now()}@sif.gov.lv`;
    const target = await redirectOf(
      actions.createUser(
        INITIAL_FORM_STATE,
        form({ name: "Anna", email, role: "CONSULTANT", access: "link", password: "ignored-when-link" }),
      ),
    );
    expect(target).toMatch(/\?created=1&link=sent$/);
    const created = await db.user.findUniqueOrThrow({ where: { email }, omit: { passwordHash: false } });
    expect(created.passwordHash).toBeNull();
    expect(sent).toHaveLength(1);
    const url = new URL(/https?:\/\/\S+callback\/email\S+/.exec(sent[0]!.text ?? "")![0]);
    expect(url.searchParams.get("email")).toBe(email);
    const hashed = crypto
      .createHash("sha256")
      .update(`${url.searchParams.get("token")}${env.AUTH_SECRET}`)
      .digest("hex");
    const stored = await db.verificationToken.findUniqueOrThrow({ where: { token: hashed } });
    expect(stored.identifier).toBe(email);
    expect(stored.expires.getTime()).toBeGreaterThan(Date.now() + 60 * 60 * 1000);
  });
});

describe("the last active ADMIN", () => {
  it("cannot demote, deactivate or delete themself, with the reason beside the field", async () => {
    await signInAs(users.admin);
    await onlySeededAdmin();
    expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
    const edit = await actions.updateUser(
      INITIAL_FORM_STATE,
      form({ userId: users.admin.id, name: "Admin", role: "EDITOR" }),
    );
    expect(edit).toMatchObject({
      ok: false,
      problem: "invalid",
      fieldErrors: { role: ["curationUsers.errors.lastAdmin"] },
    });
    expect(await actions.changeUserRole({ userId: users.admin.id, role: "CONSULTANT" })).toEqual({
      ok: false,
      error: "lastAdmin",
    });
    expect(await actions.deactivateUser(INITIAL_FORM_STATE, form({ userId: users.admin.id }))).toMatchObject({
      ok: false,
      problem: "lastAdmin",
    });
    expect(await actions.deleteUser(INITIAL_FORM_STATE, form({ userId: users.admin.id }))).toMatchObject({
      ok: false,
      problem: "lastAdmin",
    });
    expect(await db.user.findUniqueOrThrow({ where: { id: users.admin.id } })).toMatchObject({
      role: "ADMIN",
      active: true,
    });
  });

  it("survives two admins demoting each other at the same moment: exactly one succeeds", async () => {
    for (let round = 0; round < 4; round++) {
      await onlySeededAdmin();
      const a = await makeUser("ADMIN");
      const b = await makeUser("ADMIN");
      // Only these two count: the seeded admin steps aside for the round.
      await db.user.update({ where: { id: users.admin.id }, data: { active: false } });
      try {
        const results = await Promise.all([
          changeRole({ id: a.id, email: a.email }, { userId: b.id, role: "EDITOR" }),
          changeRole({ id: b.id, email: b.email }, { userId: a.id, role: "EDITOR" }),
        ]);
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, code: "lastAdmin" }]);
        expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
      } finally {
        await db.user.update({ where: { id: users.admin.id }, data: { active: true } });
      }
    }
  });

  it("may step down when another active admin remains; the edit form then leaves the users screen", async () => {
    const other = await makeUser("ADMIN");
    await signInAs({ id: other.id, email: other.email, name: other.name, role: "ADMIN" });
    const target = await redirectOf(
      actions.updateUser(
        INITIAL_FORM_STATE,
        form({ userId: other.id, name: other.name!, role: "EDITOR", locale: "en" }),
      ),
    );
    expect(target).toBe("/en/admin");
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: other.id, action: "role_change" } });
    expect(entry.changes).toEqual({ role: ["ADMIN", "EDITOR"] });
  });

  it("does not count a deactivated admin as the one that remains", async () => {
    await onlySeededAdmin();
    const dormant = await makeUser("ADMIN", { active: false });
    await signInAs(users.admin);
    expect(await actions.changeUserRole({ userId: users.admin.id, role: "EDITOR" })).toEqual({
      ok: false,
      error: "lastAdmin",
    });
    // Reactivating needs no lock-out check; afterwards the seeded admin may step down.
    expect(await actions.reactivateUser(INITIAL_FORM_STATE, form({ userId: dormant.id }))).toMatchObject({
      ok: true,
    });
    expect(await actions.changeUserRole({ userId: dormant.id, role: "CONSULTANT" })).toEqual({ ok: true });
  });
});

describe("only administrators manage accounts", () => {
  it("refuses an editor (also making themself ADMIN) and a consultant, changing nothing", async () => {
    for (const who of [users.editor, users.consultant]) {
      await signInAs(who);
      expect(await actions.changeUserRole({ userId: who.id, role: "ADMIN" })).toEqual({
        ok: false,
        error: "forbidden",
      });
      const state = await actions.updateUser(INITIAL_FORM_STATE, form({ userId: who.id, name: "Me", role: "ADMIN" }));
      expect(state.error).toBe("forbidden");
      const created = await actions.createUser(
        INITIAL_FORM_STATE,
        form({ name: "X", email: "sneaky@example.lv", role: "ADMIN", access: "link" }),
      );
      expect(created.error).toBe("forbidden");
      expect(await actions.deactivateUser(INITIAL_FORM_STATE, form({ userId: users.admin.id }))).toMatchObject({
        error: "forbidden",
      });
    }
    expect(await db.user.findUniqueOrThrow({ where: { id: users.editor.id } })).toMatchObject({
      role: "EDITOR",
      name: users.editor.name,
    });
    expect(await db.user.count({ where: { email: "sneaky@example.lv" } })).toBe(0);
  });
});

describe("sessions", () => {
  const callbacks = buildAuthOptions().callbacks!;
  const signedIn = (u: { id: string; email: string }) =>
    callbacks.jwt!({
      token: { sub: u.id, email: u.email },
      user: { id: u.id, email: u.email, emailVerified: null },
      account: { providerAccountId: u.id, type: "credentials", provider: "credentials" },
      trigger: "signIn",
    });
  const refresh = (token: JWT) => callbacks.jwt!({ token, user: undefined as never, account: null });

  it("a deactivated account's session is refused at once and stays dead after reactivation", async () => {
    const person = await makeUser("EDITOR");
    const token = await signedIn(person);
    expect(await refresh(token)).toMatchObject({ sub: person.id, role: "EDITOR" });
    await signInAs(users.admin);
    expect(await actions.deactivateUser(INITIAL_FORM_STATE, form({ userId: person.id }))).toMatchObject({ ok: true });
    expect(await refresh(token)).toEqual({});
    expect(await actions.reactivateUser(INITIAL_FORM_STATE, form({ userId: person.id }))).toMatchObject({ ok: true });
    expect(await refresh(token)).toEqual({});
    const entries = await db.auditLog.findMany({
      where: { entityId: person.id, action: "update" },
      orderBy: { at: "asc" },
    });
    expect(entries.map((e) => e.changes)).toEqual([{ active: [true, false] }, { active: [false, true] }]);
  });

  it("an administrator can end all of someone's sessions", async () => {
    const person = await makeUser("CONSULTANT");
    const token = await signedIn(person);
    await signInAs(users.admin);
    expect(await actions.endUserSessions(INITIAL_FORM_STATE, form({ userId: person.id }))).toMatchObject({
      ok: true,
    });
    expect(await refresh(token)).toEqual({});
    expect(
      await db.auditLog.count({
        where: { entityId: person.id, action: "sign_out_everywhere", actorId: users.admin.id },
      }),
    ).toBe(1);
  });

  it("an admin cannot deactivate their own account (sign-out is for that)", async () => {
    const other = await makeUser("ADMIN");
    await signInAs({ id: other.id, email: other.email, name: other.name, role: "ADMIN" });
    expect(await actions.deactivateUser(INITIAL_FORM_STATE, form({ userId: other.id }))).toMatchObject({
      ok: false,
      problem: "ownAccount",
    });
  });
});

describe("editing and deleting", () => {
  it("audits a name change as update and a role change as role_change", async () => {
    const person = await makeUser("EDITOR");
    await signInAs(users.admin);
    const state = await actions.updateUser(
      INITIAL_FORM_STATE,
      form({ userId: person.id, name: "Pēteris Ozols", role: "CONSULTANT" }),
    );
    expect(state).toMatchObject({ ok: true });
    const entries = await db.auditLog.findMany({ where: { entityId: person.id }, orderBy: { at: "asc" } });
    expect(entries.map((e) => [e.action, e.changes])).toEqual([
      ["update", { name: [person.name, "Pēteris Ozols"] }],
      ["role_change", { role: ["EDITOR", "CONSULTANT"] }],
    ]);
  });

  it("deletes an account that owns nothing, and refuses one that owns records with what it owns", async () => {
    await signInAs(users.admin);
    const empty = await makeUser("CONSULTANT");
    const target = await redirectOf(actions.deleteUser(INITIAL_FORM_STATE, form({ userId: empty.id, locale: "lv" })));
    expect(target).toBe("/admin/users?deleted=1");
    expect(await db.user.count({ where: { id: empty.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { entityId: empty.id, action: "delete" } })).toBe(1);

    const busy = await makeUser("CONSULTANT");
    await db.consultationSlot.create({
      data: { consultantId: busy.id, startsAt: new Date(Date.now() + 86_400_000), durationMin: 30, format: "online" },
    });
    const refused = await actions.deleteUser(INITIAL_FORM_STATE, form({ userId: busy.id }));
    expect(refused).toMatchObject({ attempt: 1, ok: false, problem: "inUse", counts: { slots: 1 } });
    expect(await db.consultationSlot.count({ where: { consultantId: busy.id } })).toBe(1);
  });
});
