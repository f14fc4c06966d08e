import { signOut } from "next-auth/react";
import type { Locale } from "@/lib/i18n/routing";
import { localizedHref } from "@/lib/i18n/paths";

/** Clears this browser's session cookie and goes to the sign-in page (a full load drops cached staff pages). */
export async function signOutHere(locale: Locale): Promise<void> {
  await signOut({ redirect: false });
  window.location.assign(localizedHref("/login", locale));
}
