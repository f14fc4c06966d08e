// Every zod string that takes text from a person is built on plainText()
// (lib/forms/plain-text.ts), which refuses control characters with a field error.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as adminFields from "@/lib/admin/fields";
import * as catalogFields from "@/lib/catalog/fields";
import { hasControlCharacters } from "@/lib/forms/plain-text";

const root = path.resolve(import.meta.dirname, "..", "..");

/** Files that may build a string schema without plainText(), and why. */
const RAW_STRINGS_ALLOWED: Record<string, string> = {
  "lib/env.ts": "the environment, not a person's input",
  "lib/rate-limit.ts": "keys the code builds",
  "lib/mail/message.ts": "mails the portal composes from already validated fields; headers go through headerSafe",
  "lib/import/jobs.ts": "job data the portal wrote itself",
  "lib/auth/credentials.ts": "the e-mail must pass z.email(); a password may hold any character",
  "lib/consultations/write-privacy.ts": "z.email()",
  "lib/search/sync.ts": "job data the portal wrote itself",
  "lib/consultations/staff/slot-forms.ts": "an anchored date pattern",
  "app/[locale]/(public)/consultations/thanks/page.tsx": "an anchored reference pattern",
  "app/[locale]/(public)/consultations/manage/page.tsx": "a token whose signature is checked",
  "app/api/sign-in/route.ts": "handed to lib/auth/credentials.ts (z.email(), any password) and safeCallbackPath",
  "lib/funding/call-details.ts": "stored JSON read for display only (rendered as text); nothing is written",
  "lib/review/snapshot.ts": "the frozen figures the portal computed and stored itself",
  "lib/review/schema.ts":
    "stored JSON the portal wrote (datasets, sections, challenges); form strings are anchored patterns (ids, keys, year, figures) or signed tokens; text goes through lib/admin/fields or plainText",
};

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(rel);
    return /\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

describe("plainText", () => {
  it("refuses C0 and C1 controls, DEL, non-characters and lone surrogates; keeps TAB, LF, CR and all letters", () => {
    for (const c of [
      "\u0000",
      "\u0001",
      "\u0008",
      "\u000b",
      "\u000c",
      "\u001b",
      "\u007f",
      "\u0085",
      "\ufffe",
      "\ud800",
    ])
      expect(hasControlCharacters(`a${c}b`), JSON.stringify(c)).toBe(true);
    expect(hasControlCharacters("Rīga\tLatgale\r\nŠūšana 😀 «»—")).toBe(false);
  });

  it("is the base of every string schema outside the listed exceptions", () => {
    const offenders = [...sources("lib"), ...sources("app")]
      .filter((file) => file !== "lib/forms/plain-text.ts" && !(file in RAW_STRINGS_ALLOWED))
      .filter((file) => /\bz\s*\.string\(/.test(fs.readFileSync(path.join(root, file), "utf8")));
    expect(offenders).toEqual([]);
  });

  it.each([
    ["admin", adminFields.requiredLine(), adminFields.E("controlCharacters")],
    ["admin", adminFields.optionalLine(), adminFields.E("controlCharacters")],
    ["admin", adminFields.optionalText(), adminFields.E("controlCharacters")],
    ["admin", adminFields.optionalUrl(), adminFields.E("controlCharacters")],
    ["catalogue", catalogFields.requiredLine("titleRequired"), catalogFields.E("controlCharacters")],
    ["catalogue", catalogFields.optionalLine(), catalogFields.E("controlCharacters")],
    ["catalogue", catalogFields.optionalText(), catalogFields.E("controlCharacters")],
    ["catalogue", catalogFields.optionalUrl, catalogFields.E("controlCharacters")],
  ])("the %s field builders refuse a NUL with their own message", (_, schema, key) => {
    const result = schema.safeParse("https://example.lv/a\u0000b");
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain(key);
  });
});
