import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";

// The sign-in forms translate on the client; public pages ship no messages.
export default function LoginLayout({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
