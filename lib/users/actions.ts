"use server";
// Staff account management (users:manage, i.e. ADMIN only). Every export is a
// public endpoint: each checks the permission itself, parses its input, and
// leaves the rules (last active ADMIN, ownership before deletion) to write.ts,
// where they run inside the transaction.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { AdminFormState, FormValues } from "@/lib/admin/form-state";
import { AuthzError, deniedResult, requirePermission, type ActionDenied } from "@/lib/auth/guard";
import { localizedHref } from "@/lib/i18n/paths";
import { activeUserEmail } from "./queries";
import type { UserCommandState } from "./form-state";
import { toFieldErrors, ZUserCreate, ZUserId, ZUserRoleChange, ZUserUpdate } from "./schema";
import { sendInvitationLink } from "./sign-in-link";
import {
  changeRole,
  createStaffUser,
  deleteStaffUser,
  resetUserSessions,
  setUserActive,
  updateStaffUser,
  type UserRefusal,
} from "./write";
import { ZLocale } from "@/lib/i18n/locale-schema";

const ZAttempt = z.object({ attempt: z.number().int().nonnegative() }).catch({ attempt: 0 });
const FORM_FIELDS = ["name", "email", "role", "access", "userId"] as const;

const formOf = (data: unknown) => (data instanceof FormData ? data : new FormData());
const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

const revalidateUsers = () => revalidatePath("/[locale]/admin/users", "layout");

export type RoleChangeResult = { ok: true } | ActionDenied | { ok: false; error: "invalid" | UserRefusal };

/** Role change by id (used by scripts and tests); the edit form uses updateUser. */
export async function changeUserRole(input: unknown): Promise<RoleChangeResult> {
  try {
    const actor = await requirePermission("users:manage");
    const parsed = ZUserRoleChange.safeParse(input);
    if (!parsed.success) return { ok: false, error: "invalid" };
    const result = await changeRole(actor, parsed.data);
    if (!result.ok) return { ok: false, error: result.code };
    revalidateUsers();
    return { ok: true };
  } catch (error) {
    return deniedResult(error);
  }
}

// Never echoed: a password typed into a failed form is not sent back to the page.
const echo = (form: FormData): FormValues =>
  Object.fromEntries(FORM_FIELDS.map((f) => [f, text(form, f) ?? ""]).filter(([, v]) => v !== ""));

const REFUSAL_FIELD: Partial<Record<UserRefusal, string>> = { last_admin: "role" };

export async function createUser(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const attempt = ZAttempt.parse(previous).attempt + 1;
  const form = formOf(formData);
  const answer = (rest: Partial<AdminFormState>): AdminFormState => ({
    attempt,
    ok: false,
    values: echo(form),
    fieldErrors: {},
    problem: null,
    ...rest,
  });
  let target: string;
  try {
    const actor = await requirePermission("users:manage");
    const parsed = ZUserCreate.safeParse({
      name: text(form, "name"),
      email: text(form, "email"),
      role: text(form, "role"),
      access: text(form, "access"),
      password: text(form, "password"),
    });
    if (!parsed.success) return answer({ problem: "invalid", fieldErrors: toFieldErrors(parsed.error) });
    const created = await createStaffUser(actor, parsed.data);
    if (!created.ok) return answer({ problem: "invalid", fieldErrors: created.fieldErrors });
    // After the commit: a mail that fails leaves the account, and its page offers to send again.
    const link =
      parsed.data.access === "link" ? ((await sendInvitationLink(parsed.data.email)) ? "sent" : "failed") : null;
    revalidateUsers();
    target = localizedHref(
      `/admin/users/${created.id}`,
      ZLocale.parse(text(form, "locale")),
      `created=1${link ? `&link=${link}` : ""}`,
    );
  } catch (error) {
    if (error instanceof AuthzError) return answer({ problem: "generic", error: error.reason });
    throw error;
  }
  redirect(target);
}

export async function updateUser(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const attempt = ZAttempt.parse(previous).attempt + 1;
  const form = formOf(formData);
  const answer = (rest: Partial<AdminFormState>): AdminFormState => ({
    attempt,
    ok: false,
    values: echo(form),
    fieldErrors: {},
    problem: null,
    ...rest,
  });
  let leave: string;
  try {
    const actor = await requirePermission("users:manage");
    const parsed = ZUserUpdate.safeParse({
      userId: text(form, "userId"),
      name: text(form, "name"),
      role: text(form, "role"),
    });
    if (!parsed.success) return answer({ problem: "invalid", fieldErrors: toFieldErrors(parsed.error) });
    const result = await updateStaffUser(actor, parsed.data);
    if (!result.ok) {
      if (result.code === "not_found") return answer({ problem: "notFound" });
      return answer({
        problem: "invalid",
        fieldErrors: { [REFUSAL_FIELD[result.code] ?? "form"]: [`curationUsers.errors.${result.code}`] },
      });
    }
    revalidateUsers();
    // An admin who gave up their own admin role can no longer see this page.
    if (parsed.data.userId !== actor.id || parsed.data.role === "ADMIN")
      return answer({ ok: true, id: parsed.data.userId });
    leave = localizedHref("/admin", ZLocale.parse(text(form, "locale")));
  } catch (error) {
    if (error instanceof AuthzError) return answer({ problem: "generic", error: error.reason });
    throw error;
  }
  redirect(leave);
}

type Command = (
  actor: { id: string; email: string },
  userId: string,
) => Promise<{ ok: true } | { ok: false; code: UserRefusal; owned?: Record<string, number> }>;

async function runCommand(previous: UserCommandState, formData: FormData, command: Command): Promise<UserCommandState> {
  const attempt = ZAttempt.parse(previous).attempt + 1;
  try {
    const actor = await requirePermission("users:manage");
    const userId = ZUserId.safeParse(text(formOf(formData), "userId"));
    if (!userId.success) return { attempt, ok: false, error: "invalid" };
    const result = await command(actor, userId.data);
    if (!result.ok) {
      const owned = result.owned
        ? Object.fromEntries(Object.entries(result.owned).filter(([, n]) => n > 0))
        : undefined;
      return { attempt, ok: false, error: result.code, ...(owned ? { counts: owned } : {}) };
    }
    revalidateUsers();
    return { attempt, ok: true, error: null };
  } catch (error) {
    return { attempt, ...deniedResult(error) };
  }
}

export async function deactivateUser(previous: UserCommandState, formData: FormData): Promise<UserCommandState> {
  return runCommand(previous, formData, (actor, id) => setUserActive(actor, id, false));
}

export async function reactivateUser(previous: UserCommandState, formData: FormData): Promise<UserCommandState> {
  return runCommand(previous, formData, (actor, id) => setUserActive(actor, id, true));
}

export async function endUserSessions(previous: UserCommandState, formData: FormData): Promise<UserCommandState> {
  return runCommand(previous, formData, resetUserSessions);
}

export async function sendUserSignInLink(previous: UserCommandState, formData: FormData): Promise<UserCommandState> {
  const attempt = ZAttempt.parse(previous).attempt + 1;
  try {
    await requirePermission("users:manage");
    const userId = ZUserId.safeParse(text(formOf(formData), "userId"));
    if (!userId.success) return { attempt, ok: false, error: "invalid" };
    const email = await activeUserEmail(userId.data);
    if (!email) return { attempt, ok: false, error: "not_found" };
    return (await sendInvitationLink(email))
      ? { attempt, ok: true, error: null }
      : { attempt, ok: false, error: "linkFailed" };
  } catch (error) {
    return { attempt, ...deniedResult(error) };
  }
}

export async function deleteUser(previous: UserCommandState, formData: FormData): Promise<UserCommandState> {
  const form = formOf(formData);
  const state = await runCommand(previous, form, deleteStaffUser);
  if (!state.ok) return state;
  redirect(localizedHref("/admin/users", ZLocale.parse(text(form, "locale")), "deleted=1"));
}
