"use server";
// Staff endpoints for innovations. Every export is a public POST endpoint:
// each checks content:write itself (runFormAction), parses its input, and
// leaves the writing (one transaction with audit and search outbox) to write.ts.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db";
import { runFormAction, type ActionContext } from "@/lib/forms/action";
import type { FormState } from "@/lib/forms/state";
import { notFound } from "@/lib/write-result";
import { innovationInput, INNOVATION_ARRAY_FIELDS } from "./form-data";
import {
  createInnovation,
  deleteInnovation,
  duplicateInnovation,
  setPublication,
  updateInnovation,
  type Actor,
} from "./write";

const ZIntent = z.enum(["save", "publish"]).catch("save");
const ZPublication = z.enum(["DRAFT", "PUBLISHED", "ARCHIVED"]);

const actorOf = ({ actor, ip }: ActionContext<"content:write", string | undefined>): Actor => ({
  id: actor.id,
  email: actor.email,
  ip,
});

/** The staff list and record; public pages' data expires by tag (`expires`). */
function revalidateInnovations() {
  revalidatePath("/[locale]/(admin)/admin/innovations", "layout");
}

/** The create/edit form: `id` absent → create. Intent "publish" saves and publishes in one transaction. */
export async function saveInnovation(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["innovations"],
    arrays: INNOVATION_ARRAY_FIELDS,
    input: innovationInput,
    revalidate: revalidateInnovations,
    write: (input, context) => {
      const intent = ZIntent.parse(context.form.get("intent"));
      const actor = actorOf(context);
      return db.$transaction(async (tx) => {
        const saved = context.id
          ? await updateInnovation(context.id, input, actor, { tx })
          : await createInnovation(input, actor, { tx });
        if (saved.ok && intent === "publish") await setPublication(saved.id, "PUBLISHED", actor, { tx });
        return saved.ok
          ? {
              ...saved,
              redirectTo: `/admin/innovations/${saved.id}?saved=${intent === "publish" ? "published" : context.id ? "saved" : "created"}`,
            }
          : saved;
      });
    },
  });
}

/** Publish, unpublish (→ DRAFT), archive, or restore (→ DRAFT). */
export async function changeInnovationPublication(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["innovations"],
    record: true,
    write: async (_, context) => {
      const publication = ZPublication.safeParse(context.form.get("publication"));
      if (!publication.success) return notFound();
      const result = await setPublication(context.id, publication.data, actorOf(context));
      return result.ok
        ? { ...result, redirectTo: `/admin/innovations/${result.id}?saved=${publication.data.toLowerCase()}` }
        : result;
    },
  });
}

/** A draft copy; the browser goes to the copy's edit page. */
export async function duplicateInnovationAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["innovations"],
    record: true,
    write: (_, context) => duplicateInnovation(context.id, actorOf(context)),
    redirectTo: (saved) => `/admin/innovations/${saved.id}?saved=duplicated`,
  });
}

/** Refused (with what refers to it) while a project lists the innovation. */
export async function deleteInnovationAction(previous: FormState, formData: FormData): Promise<FormState> {
  return runFormAction(previous, formData, {
    access: "content:write",
    expires: ["innovations"],
    record: true,
    write: (_, context) => deleteInnovation(context.id, actorOf(context)),
    redirectTo: () => "/admin/innovations?deleted=1",
  });
}
