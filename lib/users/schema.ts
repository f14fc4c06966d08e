// Staff accounts as administrators edit them: one schema per form, shared by
// the client form (field names, error keys) and the actions (authoritative
// parse). Messages are i18n keys under "curationUsers.errors.*".
import { z } from "zod";
import { plainText } from "@/lib/forms/plain-text";
import { passwordProblems } from "@/lib/auth/password-policy";
import { ROLES } from "@/lib/auth/roles";

const E = (key: string) => `curationUsers.errors.${key}`;
const NO_LINE_BREAKS = /^[^\r\n\u2028\u2029]*$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export const ZUserId = plainText(E("controlCharacters"), { error: E("notFound") }).regex(ID, { error: E("notFound") });

const name = plainText(E("controlCharacters"), { error: E("nameRequired") })
  .trim()
  .min(1, { error: E("nameRequired") })
  .max(200, { error: E("nameTooLong") })
  .regex(NO_LINE_BREAKS, { error: E("nameTooLong") });

const role = z.enum(ROLES, { error: E("roleInvalid") });

export const ZUserRoleChange = z.object({ userId: ZUserId, role });
export type UserRoleChange = z.infer<typeof ZUserRoleChange>;

/** How a new account gets in: a password the admin passes on, or a one-time sign-in link by e-mail. */
const ACCESS_METHODS = ["link", "password"] as const;

export const ZUserCreate = z
  .object({
    name,
    email: plainText(E("controlCharacters"), { error: E("emailRequired") })
      .trim()
      .toLowerCase()
      .min(1, { error: E("emailRequired") })
      .max(254, { error: E("emailInvalid") })
      .pipe(z.email({ error: E("emailInvalid") })),
    role,
    access: z.enum(ACCESS_METHODS, { error: E("accessInvalid") }),
    // Never trimmed: spaces are part of a passphrase.
    password: plainText(E("controlCharacters"))
      .max(1024, { error: E("password.too_long") })
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.access !== "password") return;
    const password = value.password ?? "";
    if (!password) {
      ctx.addIssue({ code: "custom", path: ["password"], message: E("passwordRequired") });
      return;
    }
    for (const problem of passwordProblems(password, value.email)) {
      ctx.addIssue({ code: "custom", path: ["password"], message: E(`password.${problem}`) });
    }
  })
  // The password is only kept when it is the chosen way in.
  .transform(({ password, ...rest }) =>
    rest.access === "password" ? { ...rest, password: password ?? "" } : { ...rest, password: null },
  );
export type UserCreate = z.infer<typeof ZUserCreate>;

export const ZUserUpdate = z.object({ userId: ZUserId, name, role });
export type UserUpdate = z.infer<typeof ZUserUpdate>;
