// Integration tests call the real server actions outside Next, so Next's
// request APIs are stood in for here, once for every integration test file
// (vitest setupFiles): the session is whoever tests/support/actions.ts
// signInAs() named, nothing is cached (expired tags are only recorded), the
// request headers are the test's (setRequestHeaders), and redirect() throws
// what redirectOf() recognises.
import { vi } from "vitest";

vi.mock("@/lib/auth/session", async () => {
  const { current } = await import("./request");
  return { getCurrentUser: async () => current.user };
});

vi.mock("next/cache", async () => {
  const { current } = await import("./request");
  const expire = (tag: string) => void current.expiredTags.push(tag);
  return {
    revalidatePath: () => undefined,
    revalidateTag: expire,
    updateTag: expire,
    unstable_cache: <T>(fn: T) => fn,
  };
});

vi.mock("next/headers", async () => {
  const { current } = await import("./request");
  return { headers: async () => current.headers };
});

vi.mock("next/navigation", async () => {
  const { NavigationThrown } = await import("./request");
  return {
    redirect: (url: string) => {
      throw new NavigationThrown("redirect", url);
    },
    notFound: () => {
      throw new NavigationThrown("notFound", null);
    },
  };
});
