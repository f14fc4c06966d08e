// The common body of a delete/archive/duplicate server action driven by the
// kit's <ConfirmDialog>: authorize → read the record id (and locale) from the
// form → run → redirect on success, or answer with the references that block it.
import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AuthzError, requirePermission } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { localizedHref } from "@/lib/i18n/paths";
import { routing, type Locale } from "@/lib/i18n/routing";
import { NotFoundError, revalidateEverything } from "./form-action";
import { recordId } from "./fields";
import type { DeleteState, Reference } from "./form-state";

const ZRecordForm = z.object({ id: recordId(), locale: z.enum(routing.locales).catch(routing.defaultLocale) });

type Outcome = { ok: true; redirectTo: string } | { ok: false; references: Reference[] };

export async function runRecordAction(
  previous: DeleteState,
  formData: FormData,
  options: { permission: Permission; run: (id: string, actor: StaffUser, locale: Locale) => Promise<Outcome> },
): Promise<DeleteState> {
  const attempt = (typeof previous?.attempt === "number" ? previous.attempt : 0) + 1;
  const answer = (rest: Partial<DeleteState>): DeleteState => ({
    attempt,
    ok: false,
    problem: null,
    references: [],
    ...rest,
  });
  let actor: StaffUser;
  try {
    actor = await requirePermission(options.permission);
  } catch (error) {
    if (error instanceof AuthzError) return answer({ error: error.reason, problem: "generic" });
    throw error;
  }
  const form = formData instanceof FormData ? formData : new FormData();
  const parsed = ZRecordForm.safeParse({ id: form.get("id"), locale: form.get("locale") ?? undefined });
  if (!parsed.success) return answer({ problem: "notFound" });
  let outcome: Outcome;
  try {
    outcome = await options.run(parsed.data.id, actor, parsed.data.locale);
  } catch (error) {
    if (error instanceof NotFoundError) return answer({ problem: "notFound" });
    console.error("admin record action failed", error instanceof Error ? error.message : String(error));
    return answer({ problem: "generic" });
  }
  if (!outcome.ok) return answer({ problem: "referenced", references: outcome.references });
  revalidateEverything();
  redirect(localizedHref(outcome.redirectTo, parsed.data.locale));
}
