// Staff curation of projects: links to organisations by role and to
// innovations, audit entries naming links by slug, search outbox for the
// innovations whose project list changed, delete refused while linked.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { INITIAL_DELETE_STATE, INITIAL_FORM_STATE } from "@/lib/admin/form-state";
import type { StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { queuedForSearch } from "../support/search-queue";

const session = vi.hoisted(() => ({ user: null as StaffUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { url });
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));

const { saveProject, deleteProjectAction } = await import("@/lib/projects/actions");

beforeAll(async () => {
  const r = await db.user.findUniqueOrThrow({ where: { email: "editor@sikc.test" } });
  session.user = { id: r.id, email: r.email, name: r.name, role: r.role };
});

const form = (values: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) for (const item of Array.isArray(v) ? v : [v]) data.append(k, item);
  return data;
};

describe("projects", () => {
  it("validates dates and budget, keeping the values", async () => {
    const state = await saveProject(
      INITIAL_FORM_STATE,
      form({ titleLv: "Projekts", startsOn: "2026-05-01", budgetEur: "daudz" }),
    );
    expect(state.fieldErrors).toEqual({ budgetEur: ["curation.errors.invalidNumber"] });
    expect(state.values).toMatchObject({ startsOn: "2026-05-01", budgetEur: "daudz" });
    const dates = await saveProject(
      INITIAL_FORM_STATE,
      form({ titleLv: "Projekts", startsOn: "2026-05-01", endsOn: "2026-04-01" }),
    );
    expect(dates.fieldErrors).toEqual({ endsOn: ["curation.errors.endBeforeStart"] });
  });

  it("creates with links, audits them by slug, re-indexes the linked innovation and refuses delete while linked", async () => {
    const [lead, innovation] = await Promise.all([
      db.organisation.findFirstOrThrow({ where: { slug: "sif" }, select: { id: true } }),
      db.innovation.findFirstOrThrow({ select: { id: true, slug: true } }),
    ]);
    const queuedBefore = (await queuedForSearch([innovation.id])).length;
    const url = await saveProject(
      INITIAL_FORM_STATE,
      form({
        titleLv: "Kopienas pakalpojumu projekts",
        code: "E2E/1",
        budgetEur: "250 000,50",
        startsOn: "2026-01-01",
        leads: [lead.id],
        innovations: [innovation.id],
        locale: "lv",
      }),
    ).then(
      (s) => JSON.stringify(s),
      (e: { url?: string }) => e.url ?? "",
    );
    const id = /\/admin\/projects\/([^/?]+)\?created=1/.exec(url)?.[1];
    expect(id, url).toBeTruthy();
    const project = await db.project.findUniqueOrThrow({
      where: { id: id! },
      include: { organisations: true, innovations: true },
    });
    expect(project).toMatchObject({ slug: "kopienas-pakalpojumu-projekts", code: "E2E/1" });
    expect(project.budgetEur?.toString()).toBe("250000.5");
    expect(project.organisations).toEqual([expect.objectContaining({ organisationId: lead.id, role: "LEAD" })]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Project", entityId: id!, action: "create" },
    });
    expect(audit.changes).toMatchObject({ leads: [null, ["sif"]], innovations: [null, [innovation.slug]] });
    expect(await queuedForSearch([innovation.id])).toHaveLength(queuedBefore + 1);

    const refused = await deleteProjectAction(INITIAL_DELETE_STATE, form({ id: id!, locale: "lv" }));
    expect(refused.problem).toBe("referenced");

    // a second project with the same code is a field error, not a crash
    const dup = await saveProject(INITIAL_FORM_STATE, form({ titleLv: "Cits", code: "E2E/1" }));
    expect(dup.fieldErrors).toEqual({ code: ["curation.errors.codeTaken"] });

    // unlink, then delete
    const saved = await saveProject(
      INITIAL_FORM_STATE,
      form({
        id: id!,
        titleLv: "Kopienas pakalpojumu projekts",
        slug: project.slug,
        code: "E2E/1",
        publication: "PUBLISHED",
      }),
    );
    expect(saved.ok).toBe(true);
    const update = await db.auditLog.findFirstOrThrow({ where: { entityId: id!, action: "update" } });
    expect(update.changes).toMatchObject({ innovations: [[innovation.slug], []], leads: [["sif"], []] });
    await expect(deleteProjectAction(INITIAL_DELETE_STATE, form({ id: id!, locale: "lv" }))).rejects.toMatchObject({
      url: "/admin/projects?deleted=1",
    });
    expect(await db.project.count({ where: { id: id! } })).toBe(0);
  });
});
