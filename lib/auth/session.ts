import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { authOptions } from "@/lib/auth/options";
import type { Role } from "@/lib/auth/roles";

export type StaffUser = { id: string; email: string; name: string | null; role: Role };

/**
 * The signed-in staff member, or null. The jwt callback has already checked
 * the account is active and the session not revoked, and refreshed the role.
 */
// cache(): a layout and its page both ask; one lookup per request is enough.
export const getCurrentUser = cache(async (): Promise<StaffUser | null> => {
  const session = await getServerSession(authOptions);
  return session?.user ?? null;
});
