import "server-only";
import type { Metadata } from "next";
import { getCurrentUser } from "@/lib/auth/session";
import { can, type Permission } from "@/lib/auth/roles";

/**
 * A staff record page's metadata: the record's own title (its h1), so tabs,
 * history and screen readers tell records apart. The record is read only for
 * someone the page itself lets in; anyone else gets the section's title, as
 * the page answers them with a 404.
 */
export async function recordMetadata(
  permission: Permission,
  fallback: string,
  title: () => Promise<string | null>,
): Promise<Metadata> {
  const user = await getCurrentUser();
  const own = user && can(user.role, permission) ? await title() : null;
  return { title: own ?? fallback, robots: { index: false } };
}
