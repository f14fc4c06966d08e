// Staff curation of projects: links to organisations by role and to
// innovations, audit entries naming links by slug, search outbox for the
// innovations whose project list changed, delete refused while linked.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { form, redirectOf, signInAs } from "../support/actions";
import { makeInnovation, makeOrganisation } from "../support/factories";
import { queuedForSearch } from "../support/search-queue";

const { saveProject, deleteProjectAction } = await import("@/lib/projects/actions");

beforeEach(async () => {
  await signInAs("EDITOR");
});

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
    const [lead, innovation] = await Promise.all([makeOrganisation(), makeInnovation()]);
    const queuedBefore = (await queuedForSearch([innovation.id])).length;
    const url = await redirectOf(
      saveProject(
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
      ),
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
    expect(audit.changes).toMatchObject({ leads: [null, [lead.slug]], innovations: [null, [innovation.slug]] });
    expect(await queuedForSearch([innovation.id])).toHaveLength(queuedBefore + 1);

    const refused = await deleteProjectAction(INITIAL_FORM_STATE, form({ id: id!, locale: "lv" }));
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
    expect(update.changes).toMatchObject({ innovations: [[innovation.slug], []], leads: [[lead.slug], []] });
    expect(await redirectOf(deleteProjectAction(INITIAL_FORM_STATE, form({ id: id!, locale: "lv" })))).toBe(
      "/admin/projects?deleted=1",
    );
    expect(await db.project.count({ where: { id: id! } })).toBe(0);
  });
});
