import type { Metadata } from "next";
import { cache } from "react";
import { recordMetadata } from "@/lib/admin/record-metadata";
import { getFormatter, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { EntityHistory } from "@/components/admin/entity-history";
import { StatusMessage } from "@/components/admin/status-message";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { ROLES } from "@/lib/auth/roles";
import { localizedHref } from "@/lib/i18n/paths";
import { resolveLocale } from "@/lib/i18n/locale";
import { activeAdminCount, getUser } from "@/lib/users/queries";
import { UserCommands } from "../_components/user-commands";
import { UserEditForm } from "../_components/user-edit-form";
import { UserStatus } from "../_components/user-status";

const loadUser = cache(getUser);

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const DONE = ["deactivated", "reactivated", "sessions", "link"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const [t, form] = await Promise.all([
    getTranslations({ locale, namespace: "curationUsers.users" }),
    getTranslations({ locale, namespace: "curationUsers.form" }),
  ]);
  const { id } = await params;
  return recordMetadata("users:manage", t("title"), async () => {
    const user = await loadUser(id);
    return user ? form("editTitle", { name: user.name ?? user.email }) : null;
  });
}

export default async function UserPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const me = await requirePagePermission(locale, "users:manage", `/admin/users/${encodeURIComponent(id)}`);
  const [user, admins, query] = await Promise.all([loadUser(id), activeAdminCount(), searchParams]);
  if (!user) notFound();
  const [t, tu, ta, tc, roles, format] = await Promise.all([
    getTranslations("curationUsers.form"),
    getTranslations("curationUsers.users"),
    getTranslations("curationUsers.account"),
    getTranslations("curationUsers.commands"),
    getTranslations("admin.roles"),
    getFormatter(),
  ]);
  const name = user.name ?? user.email;
  const self = user.id === me.id;
  const lastAdmin = user.role === "ADMIN" && user.active && admins <= 1;
  const arrival =
    query.created === "1"
      ? query.link === "sent"
        ? ta("createdLinkSent")
        : query.link === "failed"
          ? ta("createdLinkFailed")
          : ta("createdDone")
      : null;
  const done = DONE.find((d) => d === query.done);
  const owned = Object.entries(user.owned).filter(([, n]) => n > 0);
  const when = (d: Date | null) =>
    d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Riga" }) : tu("never");

  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref("/admin/users", locale)}>← {t("back")}</NextLink>
      </p>
      <PageHeading title={t("editTitle", { name })} lead={user.email} />
      <StatusMessage message={done ? ta(`done.${done}`) : null} version={done ? 1 : 0} />
      <dl className="mb-6 grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]">
        <dt className="font-semibold">{ta("status")}</dt>
        <dd>
          <UserStatus active={user.active} label={tu(user.active ? "states.active" : "states.deactivated")} />
        </dd>
        <dt className="font-semibold">{ta("signIn")}</dt>
        <dd>{user.hasPassword ? ta("withPassword") : ta("linkOnly")}</dd>
        <dt className="font-semibold">{ta("lastLogin")}</dt>
        <dd>{when(user.lastLoginAt)}</dd>
        <dt className="font-semibold">{ta("created")}</dt>
        <dd>{when(user.createdAt)}</dd>
      </dl>
      {lastAdmin ? (
        <p className="mb-4 max-w-3xl rounded border-l-4 border-accent bg-surface p-3" data-testid="last-admin-note">
          {tc("lastAdminNote")}
        </p>
      ) : null}
      <UserEditForm
        userId={user.id}
        self={self}
        arrivalMessage={arrival}
        initialValues={{ name: user.name ?? "", role: user.role }}
        roles={ROLES.map((r) => ({ value: r, label: roles(r) }))}
      />
      <section aria-labelledby="user-access" className="mt-10 border-t border-line pt-6">
        <h2 id="user-access" className="text-xl font-semibold text-brand-strong">
          {tc("heading")}
        </h2>
        {owned.length ? (
          <div className="mt-2 max-w-3xl">
            <p>{tc("ownsLead")}</p>
            <ul className="mt-1 list-disc pl-6">
              {owned.map(([k, n]) => (
                <li key={k}>
                  {tc(`owned.${k}` as "owned.slots")}: {n}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="mt-2 text-muted">{tc("ownsNothing")}</p>
        )}
        <div className="mt-4">
          <UserCommands userId={user.id} name={name} active={user.active} self={self} />
        </div>
      </section>
      <EntityHistory entityType="User" entityId={user.id} page={Number(query.historyPage) || 1} />
    </>
  );
}
