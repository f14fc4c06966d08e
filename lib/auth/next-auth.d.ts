import type { Role } from "@/generated/prisma/enums";

// What the portal keeps in the session token and exposes as the session.
declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    /** User.sessionVersion when the token was issued; "sign out everywhere" bumps it. */
    sv?: number;
    /** Session.sessionToken of this sign-in; sign-out deletes the row. */
    sid?: string;
    /** Sign-in time (ms), for the absolute session lifetime. */
    authAt?: number;
  }
}

declare module "next-auth" {
  interface Session {
    user?: { id: string; email: string; name: string | null; role: Role };
  }
}
