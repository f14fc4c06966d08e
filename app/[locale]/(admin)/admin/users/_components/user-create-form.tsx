"use client";
// New staff account: name, e-mail, role, and how they get in (a mailed
// sign-in link, or an initial password checked by the password policy).
import { useTranslations } from "next-intl";
import { useState } from "react";
import { AdminForm } from "@/components/admin/admin-form";
import type { FormBinding } from "@/components/ui/form";
import {
  controlClass,
  describedBy,
  FieldError,
  FieldHint,
  FieldLabel,
  SelectField,
  TextField,
  type Option,
} from "@/components/ui/field";
import { createUser } from "@/lib/users/actions";

const FIELD_ORDER = ["name", "email", "role", "access", "password"];

function AccessChoice({ f }: { f: FormBinding }) {
  const t = useTranslations("curationUsers.form");
  const initial = f.values.access === "password" ? "password" : "link";
  const [access, setAccess] = useState(initial);
  const accessError = f.error("access");
  const passwordId = f.id("password");
  const passwordError = f.error("password");
  return (
    <>
      <fieldset
        id={f.id("access")}
        tabIndex={-1}
        aria-describedby={describedBy(f.id("access"), false, Boolean(accessError))}
        className="max-w-xl rounded border border-muted p-3"
      >
        <legend className="px-1 font-semibold">{t("access")}</legend>
        <FieldError id={f.id("access")} error={accessError} />
        {(["link", "password"] as const).map((value) => (
          <div key={value} className="mt-2">
            <label className="flex items-start gap-2">
              <input
                type="radio"
                name="access"
                value={value}
                defaultChecked={initial === value}
                onChange={() => setAccess(value)}
                className="mt-1 size-4"
                aria-describedby={`${f.id("access")}-${value}-hint`}
              />
              <span>{t(value === "link" ? "accessLink" : "accessPassword")}</span>
            </label>
            <p id={`${f.id("access")}-${value}-hint`} className="ml-6 text-sm text-muted">
              {t(value === "link" ? "accessLinkHint" : "accessPasswordHint")}
            </p>
          </div>
        ))}
      </fieldset>
      {access === "password" ? (
        <div className="max-w-xl">
          <FieldLabel htmlFor={passwordId} label={t("password")} required />
          <FieldHint id={passwordId} hint={t("passwordHint")} />
          {/* never pre-filled: the server does not send a typed password back */}
          <input
            id={passwordId}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            className={controlClass}
            aria-invalid={passwordError ? true : undefined}
            aria-describedby={describedBy(passwordId, true, Boolean(passwordError))}
          />
          <FieldError id={passwordId} error={passwordError} />
        </div>
      ) : null}
    </>
  );
}

export function UserCreateForm({ roles }: { roles: Option[] }) {
  const t = useTranslations("curationUsers.form");
  return (
    <AdminForm
      id="user"
      action={createUser}
      initialValues={{ role: "EDITOR", access: "link" }}
      fieldOrder={FIELD_ORDER}
      submitLabel={t("create")}
    >
      {(f) => (
        <>
          <TextField
            {...f.text("name")}
            label={t("name")}
            required
            autoComplete="off"
            maxLength={200}
            className="max-w-xl"
          />
          <TextField
            {...f.text("email")}
            type="email"
            label={t("email")}
            hint={t("emailHint")}
            required
            autoComplete="off"
            spellCheck={false}
            className="max-w-xl"
          />
          <SelectField
            {...f.text("role")}
            label={t("role")}
            hint={t("roleHint")}
            options={roles}
            required
            className="max-w-xl"
          />
          <AccessChoice f={f} />
        </>
      )}
    </AdminForm>
  );
}
