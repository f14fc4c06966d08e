// The staff form's endpoints as an editor and a consultant would call them:
// values come back after an error, the consultant is refused and nothing is written.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { INITIAL_FORM_STATE } from "@/lib/forms/state";
import { form, redirectOf, signInAs } from "../support/actions";
import { makeInnovation } from "../support/factories";

const { saveInnovation, changeInnovationPublication, deleteInnovationAction } =
  await import("@/lib/innovations/actions");

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

describe("innovation staff actions", () => {
  it("keeps every typed value and names the field after an error", async () => {
    await signInAs("EDITOR");
    const state = await saveInnovation(INITIAL_FORM_STATE, form({ ...fields, titleLv: "", "links.0.url": "ftp://x" }));
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
    await signInAs("EDITOR");
    const url = await redirectOf(saveInnovation(INITIAL_FORM_STATE, form({ ...fields, intent: "publish" })));
    const row = await db.innovation.findFirstOrThrow({
      where: { titleLv: "Sienāžu kopiena" },
      include: { links: true },
    });
    expect(row).toMatchObject({ publication: "PUBLISHED", titleEn: null, themes: ["education"] });
    expect(row.links.map((l) => l.labelLv)).toEqual(["Lapa"]);
    expect(url).toBe(`/en/admin/innovations/${row.id}?saved=published`);
  });

  it("refuses a consultant and writes nothing", async () => {
    await signInAs("CONSULTANT");
    const row = await makeInnovation({ publication: "PUBLISHED" });
    const before = await db.auditLog.count();
    const saved = await saveInnovation(INITIAL_FORM_STATE, form({ ...fields, titleLv: "Consultant" }));
    expect(saved.error).toBe("forbidden");
    expect(
      (await changeInnovationPublication(INITIAL_FORM_STATE, form({ id: row.id, publication: "DRAFT" }))).error,
    ).toBe("forbidden");
    expect((await deleteInnovationAction(INITIAL_FORM_STATE, form({ id: row.id }))).error).toBe("forbidden");
    expect(await db.innovation.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      publication: "PUBLISHED",
    });
    expect(await db.auditLog.count()).toBe(before);
  });
});
