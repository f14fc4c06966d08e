// The common body of a staff form's server action, so every entity's action
// is: authorize → parse with the entity's schema → your write (one
// transaction with writeAudit) → revalidate → typed state or redirect.
//
//   export async function saveThing(prev: AdminFormState, formData: FormData) {
//     return runFormAction(prev, formData, {
//       permission: "content:write", schema: ZThingInput, arrays: ["tags"],
//       unique: { slug: ["slug", "curation.errors.slugTaken"] },   // column → [field, message key]
//       write: (data, actor) => createThing(data, actor),          // → { id, values? }
//       redirectTo: ({ id }) => `/admin/things/${id}?saved=1`,     // optional, else stays with ok: true
//     });
//   }
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { AuthzError, requirePermission } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { localizedHref } from "@/lib/i18n/paths";
import { routing, type Locale } from "@/lib/i18n/routing";
import { readForm, toFieldErrors, uniqueViolationFields } from "./form-data";
import type { AdminFormState, FormValues } from "./form-state";
import { FieldError, NotFoundError } from "./write-errors";

export { NotFoundError } from "./write-errors";

type Options<S extends z.ZodType> = {
  permission: Permission;
  schema: S;
  /** Names that are lists (checkbox groups, multi-selects). */
  arrays?: readonly string[];
  /** Unique column → [field, i18n key]: a P2002 on it becomes that field's error. */
  unique?: Record<string, readonly [string, string]>;
  /** Returns the record id, and optionally the stored values to show (e.g. a generated slug). */
  write: (data: z.output<S>, actor: StaffUser) => Promise<{ id: string; values?: FormValues }>;
  /**
   * Cache invalidation after a successful write. Default: everything
   * (revalidatePath("/", "layout")), as staff writes are rare and a renamed
   * organisation shows on many pages; pass your own to narrow it.
   */
  revalidate?: () => void;
  /** Path (without locale) to go to after success; the form's hidden "locale" field picks the prefix. */
  redirectTo?: (saved: { id: string }) => string;
};

export const revalidateEverything = () => revalidatePath("/", "layout");

const localeOf = (value: unknown): Locale =>
  (routing.locales as readonly unknown[]).includes(value) ? (value as Locale) : routing.defaultLocale;

export async function runFormAction<S extends z.ZodType>(
  previous: AdminFormState,
  formData: FormData,
  options: Options<S>,
): Promise<AdminFormState> {
  const attempt = (typeof previous?.attempt === "number" ? previous.attempt : 0) + 1;
  const values = readForm(formData, options.arrays);
  const answer = (rest: Partial<AdminFormState>): AdminFormState => ({
    attempt,
    ok: false,
    values,
    fieldErrors: {},
    problem: null,
    ...rest,
  });

  let actor: StaffUser;
  try {
    actor = await requirePermission(options.permission);
  } catch (error) {
    if (error instanceof AuthzError) return answer({ error: error.reason, problem: "generic" });
    throw error;
  }
  const parsed = options.schema.safeParse(values);
  if (!parsed.success) return answer({ fieldErrors: toFieldErrors(parsed.error), problem: "invalid" });

  let saved: { id: string; values?: FormValues };
  try {
    saved = await options.write(parsed.data, actor);
  } catch (error) {
    if (error instanceof NotFoundError) return answer({ problem: "notFound" });
    if (error instanceof FieldError) return answer({ fieldErrors: error.fieldErrors, problem: "invalid" });
    const columns = uniqueViolationFields(error);
    if (columns) {
      const hit = columns.map((c) => options.unique?.[c]).find(Boolean);
      if (hit) return answer({ fieldErrors: { [hit[0]]: [hit[1]] }, problem: "invalid" });
      return answer({ problem: "conflict" });
    }
    console.error("admin form write failed", error instanceof Error ? error.message : String(error));
    return answer({ problem: "generic" });
  }
  (options.revalidate ?? revalidateEverything)();
  // redirect() throws by design: it must stay outside the try above.
  if (options.redirectTo) redirect(localizedHref(options.redirectTo(saved), localeOf(values.locale)));
  return { attempt, ok: true, values: saved.values ?? values, fieldErrors: {}, problem: null, id: saved.id };
}
