// The staff list's filters and the edit form's values: a record loaded into
// the form and saved back unchanged must not change (no audit line).
import { describe, expect, it } from "vitest";
import { parseListQuery } from "@/lib/admin/list-query";
import { db } from "@/lib/db";
import {
  INNOVATION_LIST_SPEC,
  listInnovations,
  loadInnovationForEdit,
  loadInnovationFormOptions,
} from "@/lib/innovations/admin-queries";
import { readInnovationForm } from "@/lib/innovations/form-data";
import { setPublication, updateInnovation } from "@/lib/innovations/write";

const query = (params: Record<string, string>) => parseListQuery(params, INNOVATION_LIST_SPEC);

describe("staff innovation queries", () => {
  it("filters by publication, stage and theme, searches titles and sorts by title", async () => {
    const all = await listInnovations(query({}));
    expect(all.total).toBe(await db.innovation.count());
    const one = await db.innovation.findFirstOrThrow({ where: { themes: { isEmpty: false } } });
    const drafts = await listInnovations(query({ publication: "DRAFT" }));
    expect(drafts.rows.every((r) => r.publication === "DRAFT")).toBe(true);
    const filtered = await listInnovations(
      query({ stage: one.stage, theme: one.themes[0]!, q: one.titleLv.slice(0, 12) }),
    );
    expect(filtered.rows.map((r) => r.id)).toContain(one.id);
    const byTitle = await listInnovations(query({ sort: "title", dir: "asc" }));
    const titles = byTitle.rows.map((r) => r.titleLv);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect((await listInnovations(query({ publication: "bogus" }))).total).toBe(all.total);
  });

  it("loads a record into form values that save back without a change", async () => {
    const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@sikc.test" } });
    const row = await db.innovation.findFirstOrThrow({ where: { slug: "poor-for-the-poor-hungary" } });
    const loaded = await loadInnovationForEdit(row.id);
    expect(loaded?.meta.publication).toBe("PUBLISHED");
    const form = new FormData();
    for (const [k, v] of Object.entries(loaded!.values)) for (const one of [v].flat()) form.append(k, one);
    const { input } = readInnovationForm(form);
    const before = await db.auditLog.count({ where: { entityId: row.id } });
    const result = await updateInnovation(row.id, input, { id: editor.id, email: editor.email });
    expect(result).toMatchObject({ ok: true, slug: row.slug });
    expect(await db.auditLog.count({ where: { entityId: row.id } })).toBe(before);
    await setPublication(row.id, "PUBLISHED", { id: editor.id });
  });

  it("offers the vocabularies and directory entries the form picks from", async () => {
    const options = await loadInnovationFormOptions("en");
    expect(options.stages.map((s) => s.value)).toEqual([
      "problem",
      "idea",
      "prototype",
      "pilot",
      "sustain",
      "scale",
      "systemic",
    ]);
    expect(options.municipalities.find((m) => m.value === "kekavas-novads")?.parent).toBe("riga");
    expect(options.organisations.length).toBe(await db.organisation.count());
  });

  it("names organisations in the picker in the reader's language, the address only between namesakes", async () => {
    const orgs = await db.organisation.findMany({ select: { id: true, slug: true, nameLv: true, nameEn: true } });
    const twin = await db.organisation.create({
      data: { slug: `${orgs[0]!.slug}-twin`, nameLv: orgs[0]!.nameLv, nameEn: orgs[0]!.nameEn, type: "ngo" },
      select: { id: true, slug: true },
    });
    for (const locale of ["lv", "en"] as const) {
      const labels = new Map((await loadInnovationFormOptions(locale)).organisations.map((o) => [o.value, o.label]));
      const name = (o: (typeof orgs)[number]) => (locale === "en" && o.nameEn ? o.nameEn : o.nameLv);
      for (const org of orgs.slice(1)) expect(labels.get(org.id), org.slug).toBe(name(org));
      expect(labels.get(twin.id)).toBe(`${name(orgs[0]!)} (${twin.slug})`);
      expect(labels.get(orgs[0]!.id)).toBe(`${name(orgs[0]!)} (${orgs[0]!.slug})`);
    }
    await db.organisation.delete({ where: { id: twin.id } });
  });
});
