"use server";
// Staff endpoints for innovations. Every export is a public POST endpoint:
// each checks content:write itself, parses its input, and leaves the writing
// (one transaction with audit and search outbox) to write.ts.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runRecordAction } from "@/lib/admin/delete-action";
import { NotFoundError } from "@/lib/admin/form-action";
import { AuthzError, requirePermission } from "@/lib/auth/guard";
import { clientIp } from "@/lib/auth/client-ip";
import type { StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { localizedHref } from "@/lib/i18n/paths";
import { readInnovationForm } from "./form-data";
import type { AdminFormState, DeleteState, InnovationCommandState } from "./form-state";
import {
  createInnovation,
  deleteInnovation,
  duplicateInnovation,
  setPublication,
  updateInnovation,
  type Actor,
} from "./write";
import { ZLocale } from "@/lib/i18n/locale-schema";

const ZAttempt = z.object({ attempt: z.number().int().nonnegative() }).catch({ attempt: 0 });
const ZId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/);
const ZIntent = z.enum(["save", "publish"]).catch("save");
const ZPublication = z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"]);

const formOf = (data: unknown) => (data instanceof FormData ? data : new FormData());
const field = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : undefined;
};

async function actorOf(user: StaffUser): Promise<Actor> {
  // Outside a request (scripts, tests) there are no headers, and no address to record.
  let ip: string | null = null;
  try {
    ip = clientIp(await headers());
  } catch {
    ip = null;
  }
  return { id: user.id, email: user.email, ip };
}

/** The public list, detail, map and home page show innovations; the staff list and record too. */
function revalidateInnovations() {
  revalidatePath("/[locale]/(public)/innovations", "layout");
  revalidatePath("/[locale]/(public)", "page");
  revalidatePath("/[locale]/(admin)/admin/innovations", "layout");
}

const editHref = (id: string, locale: string, query: string) =>
  localizedHref(`/admin/innovations/${id}`, ZLocale.parse(locale), query);

/** The create/edit form: `id` absent → create. Intent "publish" saves and publishes in one transaction. */
export async function saveInnovation(previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const attempt = ZAttempt.parse(previous).attempt + 1;
  const form = formOf(formData);
  const { input, values } = readInnovationForm(form);
  const answer = (rest: Partial<AdminFormState>): AdminFormState => ({
    attempt,
    ok: false,
    values,
    fieldErrors: {},
    problem: null,
    ...rest,
  });
  let target: string;
  try {
    const user = await requirePermission("content:write");
    const actor = await actorOf(user);
    const rawId = field(form, "id");
    const id = rawId ? ZId.safeParse(rawId) : null;
    if (id && !id.success) return answer({ problem: "notFound" });
    const intent = ZIntent.parse(field(form, "intent"));
    const result = await db.$transaction(async (tx) => {
      const saved = id
        ? await updateInnovation(id.data, input, actor, { tx })
        : await createInnovation(input, actor, { tx });
      if (saved.ok && intent === "publish") await setPublication(saved.id, "PUBLISHED", actor, { tx });
      return saved;
    });
    if (!result.ok) {
      return result.code === "invalid"
        ? answer({ fieldErrors: result.fieldErrors, problem: "invalid" })
        : answer({ problem: "notFound" });
    }
    revalidateInnovations();
    target = editHref(
      result.id,
      field(form, "locale") ?? "lv",
      `saved=${intent === "publish" ? "published" : id ? "saved" : "created"}`,
    );
  } catch (error) {
    if (error instanceof AuthzError) return answer({ problem: "generic", error: error.reason });
    console.error("innovation save failed", error instanceof Error ? error.message : String(error));
    return answer({ problem: "generic" });
  }
  redirect(target);
}

/** Publish, unpublish (→ DRAFT), archive, or restore (→ DRAFT). */
export async function changeInnovationPublication(
  previous: InnovationCommandState,
  formData: FormData,
): Promise<InnovationCommandState> {
  const publication = ZPublication.safeParse(field(formOf(formData), "publication"));
  return runRecordAction(previous, formData, {
    permission: "content:write",
    run: async (id, user) => {
      if (!publication.success) throw new NotFoundError();
      const result = await setPublication(id, publication.data, await actorOf(user));
      if (!result.ok) throw new NotFoundError();
      return { ok: true, redirectTo: `/admin/innovations/${id}?saved=${publication.data.toLowerCase()}` };
    },
  });
}

/** A draft copy; the browser goes to the copy's edit page. */
export async function duplicateInnovationAction(
  previous: InnovationCommandState,
  formData: FormData,
): Promise<InnovationCommandState> {
  return runRecordAction(previous, formData, {
    permission: "content:write",
    run: async (id, user) => {
      const result = await duplicateInnovation(id, await actorOf(user));
      if (!result.ok) throw new NotFoundError();
      return { ok: true, redirectTo: `/admin/innovations/${result.id}?saved=duplicated` };
    },
  });
}

/** Refused (with what refers to it) while a project lists the innovation. */
export async function deleteInnovationAction(previous: DeleteState, formData: FormData): Promise<DeleteState> {
  return runRecordAction(previous, formData, {
    permission: "content:write",
    run: async (id, user) => {
      const result = await deleteInnovation(id, await actorOf(user));
      if (result.ok) return { ok: true, redirectTo: "/admin/innovations?deleted=1" };
      if (result.code === "notFound") throw new NotFoundError();
      return { ok: false, references: [{ kind: "projects", count: result.references.projects, examples: [] }] };
    },
  });
}
