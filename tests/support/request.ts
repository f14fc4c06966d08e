// The request the integration tests' server actions run in (see next.ts):
// the signed-in staff member, the request headers, and the cache tags the
// actions expired.
import type { StaffUser } from "@/lib/auth/session";

export const current: { user: StaffUser | null; headers: Headers; expiredTags: string[] } = {
  user: null,
  headers: new Headers(),
  expiredTags: [],
};

/** What the stand-ins for Next's redirect() and notFound() throw. */
export class NavigationThrown extends Error {
  constructor(
    readonly kind: "redirect" | "notFound",
    readonly url: string | null,
  ) {
    super(kind === "redirect" ? `NEXT_REDIRECT ${url}` : "NEXT_NOT_FOUND");
  }
}
