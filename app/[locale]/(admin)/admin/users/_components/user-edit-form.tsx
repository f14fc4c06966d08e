"use client";
// Name and role of an existing account; the e-mail is the sign-in identity and stays.
import { useTranslations } from "next-intl";
import { AdminForm } from "@/components/admin/admin-form";
import { SelectField, TextField, type Option } from "@/components/ui/field";
import type { FormValues } from "@/lib/forms/state";
import { updateUser } from "@/lib/users/actions";

export function UserEditForm({
  userId,
  initialValues,
  roles,
  self,
  arrivalMessage,
}: {
  userId: string;
  initialValues: FormValues;
  roles: Option[];
  /** The signed-in admin's own account: giving up ADMIN leaves this screen. */
  self: boolean;
  arrivalMessage?: string | null;
}) {
  const t = useTranslations("curationUsers.form");
  return (
    <AdminForm
      id="user"
      action={updateUser}
      initialValues={initialValues}
      fieldOrder={["name", "role"]}
      hidden={{ userId }}
      arrivalMessage={arrivalMessage}
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
          <SelectField
            {...f.text("role")}
            label={t("role")}
            hint={self ? `${t("roleHint")} ${t("selfRoleHint")}` : t("roleHint")}
            options={roles}
            required
            className="max-w-xl"
          />
        </>
      )}
    </AdminForm>
  );
}
