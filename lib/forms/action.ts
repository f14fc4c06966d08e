// The one body of every form's server action, staff or public:
// authorize → read the posted values → parse with the entity's schema → the
// write (one transaction, lib/<domain>/write.ts) → revalidate → redirect, or
// answer with a FormState that keeps every typed value. A write answers with
// its typed result (lib/write-result.ts), which becomes the state as it is.
//
//   export async function saveThing(previous: FormState, formData: FormData) {
//     return runFormAction(previous, formData, {
//       access: "content:write",                   // or "public"
//       schema: ZThingInput, arrays: ["themes"],
//       write: (data, { actor, id }) => (id ? updateThing(id, data, actor) : createThing(data, actor)),
//       redirectTo: (saved, { id }) => (id ? null : `/admin/things/${saved.id}?created=1`),
//     });
//   }
import "server-only";
import { revalidatePath } from "next/cache";
import { expireAllPublicData, expirePublicData, type PublicData } from "@/lib/cache/public-data";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { AuthzError, requirePermission } from "@/lib/auth/guard";
import type { Permission } from "@/lib/auth/roles";
import type { StaffUser } from "@/lib/auth/session";
import { toLocale } from "@/lib/i18n/locale-schema";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { uniqueViolationFields, type Refusal, type WriteResult } from "@/lib/write-result";
import { readForm } from "./read";
import { toFieldErrors } from "./field-errors";
import type { FormState, FormValues } from "./state";

type Access = Permission | "public";

export type ActionContext<A extends Access = Access, Id = string | undefined> = {
  /** The signed-in staff member (null on a public form). */
  actor: A extends "public" ? null : StaffUser;
  /** The record the form is about: its posted "id" (always there with `record: true`). */
  id: Id;
  /** Everything read from the form (echoed values and the `alsoRead` names). */
  input: FormValues;
  locale: Locale;
  /** The client's address (rate limits, audit); null outside a request. */
  ip: string | null;
  form: FormData;
};

/** What a successful write may tell the form. */
export type Saved = {
  id?: string;
  /** The stored values to show (e.g. a generated slug) instead of what was typed. */
  values?: FormValues;
  /** Path without the locale prefix to go to now. */
  redirectTo?: string;
  done?: string;
  counts?: Record<string, number>;
};

type IdOf<R extends boolean> = R extends true ? string : string | undefined;

type Options<A extends Access, S extends z.ZodType | undefined, R extends boolean> = {
  access: A;
  /** The form is about one existing record: without a well-formed "id" the answer is "notFound". */
  record?: R;
  /** Names posted as several values (checkbox groups, multi-selects). */
  arrays?: readonly string[];
  /** Only these names are read and echoed back (anything else a client posts is dropped); default every one. */
  fields?: readonly string[];
  /** Read and parsed but never echoed back: passwords, anti-spam fields. */
  alsoRead?: readonly string[];
  /** Shapes the values before parsing (e.g. one link field → a list of links). */
  input?: (values: FormValues) => unknown;
  /** Parsed before anything is written: its issues become field errors. */
  schema?: S;
  /** Renames an issue's path to the input that shows it (lib/forms/field-errors.ts). */
  fieldName?: (path: readonly PropertyKey[]) => string;
  write: (
    data: S extends z.ZodType ? z.output<S> : FormValues,
    context: ActionContext<A, IdOf<R>>,
  ) => Promise<WriteResult<Saved, Refusal>>;
  /**
   * The kinds of public data a successful write changed: their cached reads expire in every
   * process (lib/cache/public-data.ts). A staff write that names none expires them all (rare,
   * and a rename shows on many pages); a public form's write expires none unless it names some.
   */
  expires?: readonly PublicData[];
  /** Other invalidation after success (the staff pages' router cache); default every staff page for staff writes. */
  revalidate?: () => void;
  /** Where to go after success (path without the locale prefix), when the write did not say. */
  redirectTo?: (saved: Saved, context: ActionContext<A, IdOf<R>>) => string | null;
};

const ID = /^[A-Za-z0-9_-]{1,64}$/;

// The staff pages' router cache; public pages' data expires by tag (`expires`), not by path.
const revalidateStaffPages = () => revalidatePath("/[locale]/(admin)/admin", "layout");

async function requestIp(): Promise<string | null> {
  try {
    return clientIp(await headers());
  } catch {
    return null; // outside a request (tests, scripts)
  }
}

/** The state after a refused write: field errors beside the fields, anything else named in the summary. */
function refusalState(refusal: Refusal): Partial<FormState> {
  const { code, fieldErrors, references, counts, choices, detail } = refusal;
  return {
    problem: code,
    fieldErrors: fieldErrors ?? {},
    ...(references ? { references } : {}),
    ...(counts ? { counts } : {}),
    ...(choices ? { choices } : {}),
    ...(detail ? { detail } : {}),
  };
}

export async function runFormAction<
  A extends Access,
  S extends z.ZodType | undefined = undefined,
  R extends boolean = false,
>(previous: FormState, formData: FormData, options: Options<A, S, R>): Promise<FormState> {
  const attempt = (typeof previous?.attempt === "number" ? previous.attempt : 0) + 1;
  const form = formData instanceof FormData ? formData : new FormData();
  const { values, input } = readForm(form, options);
  const answer = (rest: Partial<FormState>): FormState => ({
    attempt,
    ok: false,
    values,
    fieldErrors: {},
    problem: null,
    ...rest,
  });

  let actor: StaffUser | null = null;
  if (options.access !== "public") {
    try {
      actor = await requirePermission(options.access);
    } catch (error) {
      if (error instanceof AuthzError) return answer({ problem: error.reason, error: error.reason });
      throw error;
    }
  }
  const rawId = form.get("id");
  const id = typeof rawId === "string" && rawId !== "" ? rawId : undefined;
  if ((id !== undefined && !ID.test(id)) || (options.record && id === undefined))
    return answer({ problem: "notFound" });
  const context = {
    actor,
    id,
    input,
    locale: toLocale(form.get("locale")),
    ip: await requestIp(),
    form,
  } as ActionContext<A, IdOf<R>>;

  let data: unknown = options.input ? options.input(input) : input;
  if (options.schema) {
    const parsed = options.schema.safeParse(data);
    if (!parsed.success)
      return answer({ problem: "invalid", fieldErrors: toFieldErrors(parsed.error, options.fieldName) });
    data = parsed.data;
  }

  let result: WriteResult<Saved, Refusal>;
  try {
    result = await options.write(data as Parameters<Options<A, S, R>["write"]>[0], context);
  } catch (error) {
    // A unique-constraint race the write did not name: someone else saved the same thing a moment ago.
    if (uniqueViolationFields(error)) return answer({ problem: "conflict" });
    console.error("form action failed", error instanceof Error ? error.message : String(error));
    return answer({ problem: "generic" });
  }
  if (!result.ok) return answer(refusalState(result));

  if (options.expires) expirePublicData(...options.expires);
  else if (actor) expireAllPublicData();
  (options.revalidate ?? (actor ? revalidateStaffPages : () => undefined))();
  const target = result.redirectTo ?? options.redirectTo?.(result, context) ?? null;
  // redirect() throws by design, so it stays outside the try above.
  if (target) redirect(localizedHref(target, context.locale));
  return {
    attempt,
    ok: true,
    values: result.values ?? values,
    fieldErrors: {},
    problem: null,
    ...(result.id ? { id: result.id } : {}),
    ...(result.done ? { done: result.done } : {}),
    ...(result.counts ? { counts: result.counts } : {}),
  };
}
