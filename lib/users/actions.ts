"use server";
// Staff account management (users:manage, i.e. ADMIN only). Every export is a
// public endpoint: each checks the permission itself (runFormAction), parses
// its input, and leaves the rules (last active ADMIN, ownership before
// deletion) to write.ts, where they run inside the transaction.
import { revalidatePath } from "next/cache";
import { deniedResult, requirePermission, type ActionDenied } from "@/lib/auth/guard";
import { runFormAction, type Saved } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { invalid, notFound, type Refusal, type WriteResult } from "@/lib/write-result";
import { activeUserEmail } from "./queries";
import { ZUserCreate, ZUserId, ZUserRoleChange, ZUserUpdate } from "./schema";
import { sendInvitationLink } from "./sign-in-link";
import {
  changeRole,
  createStaffUser,
  deleteStaffUser,
  resetUserSessions,
  setUserActive,
  updateStaffUser,
} from "./write";

const FORM_FIELDS = ["name", "email", "role", "access", "userId"] as const;
const revalidateUsers = () => revalidatePath("/[locale]/admin/users", "layout");

export type RoleChangeResult = { ok: true } | ActionDenied | { ok: false; error: string };

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

/** A refusal about the role shows beside the role field; the others above the form. */
const besideRole = <R extends Refusal>(result: R): R | Refusal =>
  result.code === "lastAdmin" ? invalid({ role: ["curationUsers.errors.lastAdmin"] }) : result;

export async function createUser(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "users:manage",
    expires: [],
    fields: FORM_FIELDS,
    // never echoed: a password typed into a failed form is not sent back to the page
    alsoRead: ["password"],
    schema: ZUserCreate,
    revalidate: revalidateUsers,
    write: async (data, { actor }) => {
      const created = await createStaffUser(actor, data);
      if (!created.ok) return created;
      // After the commit: a mail that fails leaves the account, and its page offers to send again.
      const link = data.access === "link" ? ((await sendInvitationLink(data.email)) ? "sent" : "failed") : null;
      return { ...created, redirectTo: `/admin/users/${created.id}?created=1${link ? `&link=${link}` : ""}` };
    },
  });
}

export async function updateUser(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "users:manage",
    expires: [],
    fields: FORM_FIELDS,
    schema: ZUserUpdate,
    revalidate: revalidateUsers,
    write: async (data, { actor }) => {
      const result = await updateStaffUser(actor, data);
      if (!result.ok) return besideRole(result);
      // An admin who gave up their own admin role can no longer see this page.
      if (data.userId === actor.id && data.role !== "ADMIN") return { ok: true, redirectTo: "/admin" };
      return { ok: true, id: data.userId };
    },
  });
}

type Command = (actor: { id: string; email: string }, userId: string) => Promise<WriteResult<Saved, Refusal>>;

/** The account page's buttons: each posts the account's id and answers with the refusal or its outcome. */
function command(previous: FormState, formData: FormData, run: Command, redirectTo?: string): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "users:manage",
    expires: [],
    fields: [],
    revalidate: revalidateUsers,
    write: async (_, { actor, form }) => {
      const userId = ZUserId.safeParse(form.get("userId"));
      return userId.success ? run(actor, userId.data) : notFound();
    },
    redirectTo: () => redirectTo ?? null,
  });
}

export async function deactivateUser(previous: FormState, formData: FormData): Promise<FormState> {
  return command(previous, formData, (actor, id) => setUserActive(actor, id, false));
}

export async function reactivateUser(previous: FormState, formData: FormData): Promise<FormState> {
  return command(previous, formData, (actor, id) => setUserActive(actor, id, true));
}

export async function endUserSessions(previous: FormState, formData: FormData): Promise<FormState> {
  return command(previous, formData, resetUserSessions);
}

export async function sendUserSignInLink(previous: FormState, formData: FormData): Promise<FormState> {
  return command(previous, formData, async (_, userId) => {
    const email = await activeUserEmail(userId);
    if (!email) return notFound();
    return (await sendInvitationLink(email)) ? { ok: true } : { ok: false, code: "linkFailed" };
  });
}

export async function deleteUser(previous: FormState, formData: FormData): Promise<FormState> {
  return command(previous, formData, deleteStaffUser, "/admin/users?deleted=1");
}
