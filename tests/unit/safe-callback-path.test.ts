// The path followed after sign-in: same-site only, judged as a browser reads it.
import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/sign-in-errors";

const FALLBACK = "/en/admin";

describe("safeCallbackPath", () => {
  it.each([
    "/%09/evil.example/",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "/\r/evil.example/",
    "/\t\t/evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "\\/evil.example/",
    "/.//evil.example/",
    "/./\t/evil.example",
    "https://evil.example/",
    "http:/evil.example",
    "javascript:alert(1)",
    " /admin",
    "\u0000/admin",
    "",
  ])("refuses %j", (value) => {
    // %09 arrives decoded: the page reads callbackUrl from the parsed query
    const decoded = value.startsWith("/%09") ? decodeURIComponent(value) : value;
    expect(safeCallbackPath(decoded, FALLBACK)).toBe(FALLBACK);
  });

  it.each([
    ["/en/admin/innovations", "/en/admin/innovations"],
    ["/admin?tab=1#top", "/admin?tab=1#top"],
    ["/admin/../en/admin", "/en/admin"],
    ["/%2F/evil.example", "/%2F/evil.example"],
  ])("follows %j as %j", (value, expected) => {
    expect(safeCallbackPath(value, FALLBACK)).toBe(expected);
  });

  it("keeps every accepted path on the site when a browser resolves it", () => {
    for (const value of ["/a", "/%2F%2Fevil.example", "/..//evil.example", "/a/..//evil.example"]) {
      const path = safeCallbackPath(value, FALLBACK);
      expect(new URL(path, "https://portal.example").host).toBe("portal.example");
    }
  });
});
