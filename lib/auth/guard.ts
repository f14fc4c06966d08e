// Authorization checks for every server action, route handler and page of the
// staff area. Layouts and the proxy only redirect; these are the security.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { can, ROLE_PERMISSION, type Permission, type Role } from "@/lib/auth/roles";
import { getCurrentUser, type StaffUser } from "@/lib/auth/session";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

import { AuthzError, type DeniedReason } from "./denied";

export { AuthzError, type DeniedReason };

/** Throws AuthzError unless the signed-in user's role has `permission` (table in roles.ts). */
export async function requirePermission(permission: Permission): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) throw new AuthzError("unauthenticated");
  if (!can(user.role, permission)) throw new AuthzError("forbidden");
  return user;
}

/**
 * `requireRole("EDITOR")` allows EDITOR and ADMIN, `requireRole("CONSULTANT")`
 * any staff member, `requireRole("ADMIN")` admins only. For consultations use
 * requirePermission("consultations:manage"), which EDITOR does not have.
 */
export function requireRole(minRole: Role): Promise<StaffUser> {
  return requirePermission(ROLE_PERMISSION[minRole]);
}

export type ActionDenied = { ok: false; error: DeniedReason };

/** In a server action's catch: an AuthzError becomes a typed result; anything else is rethrown. */
export function deniedResult(error: unknown): ActionDenied {
  if (error instanceof AuthzError) return { ok: false, error: error.reason };
  throw error;
}

/** In a route handler's catch: 401 for anonymous, 403 for a role without the permission. */
export function deniedResponse(error: unknown): Response {
  if (!(error instanceof AuthzError)) throw error;
  const status = error.reason === "unauthenticated" ? 401 : 403;
  return Response.json({ error: error.reason }, { status, headers: { "Cache-Control": "no-store" } });
}

/** For pages: anonymous visitors go to sign-in; a role without the permission gets a 404. */
export async function requirePagePermission(
  locale: Locale,
  permission: Permission = "staff",
  returnTo = "/admin",
): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) redirect(loginHref(locale, returnTo));
  // 404 rather than 403: a consultant need not learn which admin pages exist.
  if (!can(user.role, permission)) notFound();
  return user;
}

function loginHref(locale: Locale, returnTo = "/admin"): string {
  return localizedHref(
    "/login",
    locale,
    new URLSearchParams({ callbackUrl: localizedHref(returnTo, locale) }).toString(),
  );
}
