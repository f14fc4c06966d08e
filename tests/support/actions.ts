// What tests of server actions need: a signed-in staff member (the demo
// accounts of the seed, or nobody), the FormData a browser would post, and
// where an action redirected.
import { expect } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { current, NavigationThrown } from "./request";

const DEMO = { ADMIN: "admin@sikc.test", EDITOR: "editor@sikc.test", CONSULTANT: "consultant@sikc.test" } as const;
export type Who = keyof typeof DEMO;

/** The seed's demo account of a role, as the session would hand it to an action. */
export async function staffUser(role: Who): Promise<StaffUser> {
  const row = await db.user.findUniqueOrThrow({ where: { email: DEMO[role] } });
  return { id: row.id, email: row.email, name: row.name, role: row.role };
}

/** Actions called from now on run as this staff member (null: signed out). */
export async function signInAs(who: Who | StaffUser | null): Promise<StaffUser | null> {
  current.user = who === null ? null : typeof who === "string" ? await staffUser(who) : who;
  return current.user;
}

/** The cache tags the actions expired since the last call (revalidateTag, updateTag). */
export function expiredTags(): string[] {
  return current.expiredTags.splice(0);
}

/** Request headers of the actions called from now on (e.g. a client address for rate limits). */
export function setRequestHeaders(init: HeadersInit = {}) {
  current.headers = new Headers(init);
}

/** The FormData a browser posts: a list posts one entry per value. */
export function form(fields: Record<string, string | readonly string[] | Blob | undefined>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (value instanceof Blob) data.append(name, value);
    else for (const item of typeof value === "string" ? [value] : value) data.append(name, item);
  }
  return data;
}

/** Runs an action that must redirect, and returns where to (fails with the answer it gave instead). */
export async function redirectOf(call: Promise<unknown>): Promise<string> {
  try {
    const answer = await call;
    expect.fail(`expected a redirect, got ${JSON.stringify(answer)}`);
  } catch (error) {
    if (error instanceof NavigationThrown && error.kind === "redirect" && error.url) return error.url;
    throw error;
  }
}

/** A write's successful result, typed as such (the test fails with the refusal otherwise). */
export function expectOk<R extends { ok: boolean }>(result: R): Extract<R, { ok: true }> {
  if (!result.ok) expect.fail(`the write was refused: ${JSON.stringify(result)}`);
  return result as Extract<R, { ok: true }>;
}
