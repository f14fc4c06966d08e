// The staff form's endpoints as an editor and a consultant would call them:
// values come back after an error, the consultant is refused and nothing is written.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

const session = vi.hoisted(() => ({ user: null as StaffUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
const redirects = vi.hoisted(() => [] as string[]);
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    redirects.push(url);
    throw new Error("NEXT_REDIRECT");
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));

const { saveInnovation, changeInnovationPublication, deleteInnovationAction } =
  await import("@/lib/innovations/actions");

const users: Record<string, StaffUser> = {};
const form = (entries: Record<string, string | string[]>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) for (const one of [v].flat()) f.append(k, one);
  return f;
};
const fields = {
  titleLv: "Sienāžu kopiena",
  titleEn: "",
  summaryLv: "Īss apraksts par sienāžu kopienu.",
  stage: "idea",
  status: "active",
  themes: ["education"],
  "links.0.url": "https://example.lv",
  "links.0.labelLv": "Lapa",
  locale: "en",
};

beforeAll(async () => {
  for (const email of ["editor@sikc.test", "consultant@sikc.test"]) {
    const u = await db.user.findUniqueOrThrow({ where: { email } });
    users[u.role] = { id: u.id, email: u.email, name: u.name, role: u.role };
  }
});
beforeEach(() => {
  redirects.length = 0;
});

describe("innovation staff actions", () => {
  it("keeps every typed value and names the field after an error", async () => {
    session.user = users.EDITOR!;
    const state = await saveInnovation(
      { attempt: 0, ok: false, values: {}, fieldErrors: {}, problem: null },
      form({ ...fields, titleLv: "", "links.0.url": "ftp://x" }),
    );
    expect(state.problem).toBe("invalid");
    expect(state.fieldErrors).toEqual({
      titleLv: ["curationInnovations.errors.titleRequired"],
      "links.0.url": ["curationInnovations.errors.urlInvalid"],
    });
    expect(state.values).toMatchObject({
      summaryLv: fields.summaryLv,
      themes: ["education"],
      "links.0.url": "ftp://x",
      "links.0.labelLv": "Lapa",
    });
  });

  it("creates and publishes in one go, then redirects to the record", async () => {
    session.user = users.EDITOR!;
    await expect(
      saveInnovation(
        { attempt: 0, ok: false, values: {}, fieldErrors: {}, problem: null },
        form({ ...fields, intent: "publish" }),
      ),
    ).rejects.toThrow("NEXT_REDIRECT");
    const row = await db.innovation.findFirstOrThrow({
      where: { titleLv: "Sienāžu kopiena" },
      include: { links: true },
    });
    expect(row).toMatchObject({ publication: "PUBLISHED", titleEn: null, themes: ["education"] });
    expect(row.links.map((l) => l.labelLv)).toEqual(["Lapa"]);
    expect(redirects).toEqual([`/en/admin/innovations/${row.id}?saved=published`]);
  });

  it("refuses a consultant and writes nothing", async () => {
    session.user = users.CONSULTANT!;
    const row = await db.innovation.findFirstOrThrow({ where: { publication: "PUBLISHED" } });
    const before = await db.auditLog.count();
    const saved = await saveInnovation(
      { attempt: 0, ok: false, values: {}, fieldErrors: {}, problem: null },
      form({ ...fields, titleLv: "Consultant" }),
    );
    expect(saved.error).toBe("forbidden");
    expect(
      (
        await changeInnovationPublication(
          { attempt: 0, ok: false, problem: null, references: [] },
          form({ id: row.id, publication: "DRAFT" }),
        )
      ).error,
    ).toBe("forbidden");
    expect(
      (await deleteInnovationAction({ attempt: 0, ok: false, problem: null, references: [] }, form({ id: row.id })))
        .error,
    ).toBe("forbidden");
    expect(await db.innovation.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      publication: "PUBLISHED",
    });
    expect(await db.auditLog.count()).toBe(before);
  });
});
