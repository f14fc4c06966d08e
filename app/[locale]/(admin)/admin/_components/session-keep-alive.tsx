"use client";
import { SessionProvider } from "next-auth/react";
import type { ReactNode } from "react";

// Fetching the session re-issues the cookie with a fresh idle timeout, so a
// staff member who keeps working is not signed out after 8 hours of activity.
// It happens on page load and when the tab regains focus, not on a timer:
// an unattended tab must still expire.
export function SessionKeepAlive({ children }: { children: ReactNode }) {
  return (
    <SessionProvider refetchOnWindowFocus refetchInterval={0}>
      {children}
    </SessionProvider>
  );
}
