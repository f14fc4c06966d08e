// The staff account and moderation-queue exports: the list's own URL filters
// apply, CSV opens in Excel (BOM), and what must not leave is not in them
// (password hashes; submitters' e-mail addresses).
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import { parseListQuery } from "@/lib/admin/list-query";
import { db } from "@/lib/db";
import { getSubmission, listSubmissions, SUBMISSION_LIST_SPEC } from "@/lib/submissions/queries";
import { signInAs } from "../support/actions";
import { GET as exportSubmissions } from "@/app/api/admin/submissions/export/route";
import { GET as exportUsers } from "@/app/api/admin/users/export/route";

let admin: StaffUser;
beforeAll(async () => {
  const row = await db.user.findUniqueOrThrow({ where: { email: "admin@sikc.test" } });
  admin = { id: row.id, email: row.email, name: row.name, role: row.role };
  await db.submission.createMany({
    data: [
      {
        kind: "CORRECTION",
        payload: {},
        submitterName: "Anna Bērziņa",
        submitterEmail: "anna@example.lv",
        status: "PENDING",
      },
      {
        kind: "NEW_INNOVATION",
        payload: { titleLv: "Kopienas darbnīca" },
        submitterName: "Jānis Ozols",
        submitterEmail: "janis@example.lv",
        status: "REJECTED",
      },
    ],
  });
});
beforeEach(async () => {
  await signInAs(admin);
});

const get = (handler: (r: Request) => Promise<Response>, query: string) =>
  handler(new Request(`http://localhost/api/admin/x/export?${query}`));

describe("users export", () => {
  it("lists the accounts the filters select, as CSV with a BOM and no password hashes", async () => {
    const response = await get(exportUsers, "role=EDITOR");
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("editor@sikc.test");
    expect(text).not.toContain("admin@sikc.test");
    expect(text.toLowerCase()).not.toContain("hash");
    expect(text).not.toMatch(/\$2[aby]\$/);
  });

  it("is refused to an editor", async () => {
    const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@sikc.test" } });
    await signInAs({ id: editor.id, email: editor.email, name: editor.name, role: editor.role });
    expect((await get(exportUsers, "format=json")).status).toBe(403);
  });
});

describe("submissions export", () => {
  it("follows the queue's status filter and leaves submitters' e-mail addresses out", async () => {
    const response = await get(exportSubmissions, "status=REJECTED&format=json");
    expect(response.status).toBe(200);
    const body = JSON.stringify(await response.json());
    expect(body).toContain("Kopienas darbnīca");
    expect(body).toContain("Jānis Ozols");
    expect(body).not.toContain("Anna Bērziņa");
    expect(body).not.toContain("@example.lv");
  });
});

describe("submitters' e-mail addresses and consultants", () => {
  const asRole = async (email: string): Promise<StaffUser> => {
    const row = await db.user.findUniqueOrThrow({ where: { email } });
    return { id: row.id, email: row.email, name: row.name, role: row.role };
  };
  const query = (q: string) => parseListQuery({ q }, SUBMISSION_LIST_SPEC);

  it("shows a consultant neither the address nor a search that would reveal it", async () => {
    const consultant = await asRole("consultant@sikc.test");
    const one = await db.submission.findFirstOrThrow({ where: { submitterEmail: "anna@example.lv" } });
    expect(JSON.stringify(await getSubmission(one.id, consultant))).not.toContain("@example.lv");
    expect((await listSubmissions(query("anna@example.lv"), consultant)).total).toBe(0);
    await signInAs(consultant);
    expect(await (await get(exportSubmissions, "q=anna%40example.lv&format=json")).json()).toEqual([]);
  });

  it("shows the editor who moderates the address, and finds the submission by it", async () => {
    const editor = await asRole("editor@sikc.test");
    const one = await db.submission.findFirstOrThrow({ where: { submitterEmail: "anna@example.lv" } });
    expect((await getSubmission(one.id, editor))?.submitterEmail).toBe("anna@example.lv");
    expect((await listSubmissions(query("anna@example.lv"), editor)).total).toBe(1);
  });
});
