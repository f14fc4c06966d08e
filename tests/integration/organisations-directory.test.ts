// The public stakeholder directory searches through the shared text layer:
// word forms, typos, labels of what an organisation does and where, synonyms;
// the most relevant first, the filters still applied, unpublished ones never.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listDirectory, type DirectoryQuery } from "@/lib/organisations/public";

const query = (q: string, filters: Partial<DirectoryQuery["filters"]> = {}): DirectoryQuery => ({
  q,
  filters,
  sort: "name",
  dir: "asc",
  page: 1,
  pageSize: 24,
});
const slugs = async (q: string, filters: Partial<DirectoryQuery["filters"]> = {}) =>
  (await listDirectory(query(q, filters), "lv")).rows.map((r) => r.slug);

describe("directory search", () => {
  it("finds an organisation by another form of its name's words, without diacritics, and with a typo", async () => {
    for (const q of ["Rēzeknes sociālais dienests", "rezeknes socialajam dienestam", "Rēzeknes sociālais dienesst"])
      expect({ q, found: await slugs(q) }).toEqual({
        q,
        found: expect.arrayContaining(["rezeknes-socialais-dienests"]),
      });
  });

  it("ranks a name match first and still applies the filters", async () => {
    const found = await slugs("Latgales plānošanas reģions");
    expect(found[0]).toBe("latgales-planosanas-regions");
    // every other organisation in the Latgale region (its label) comes after it
    expect(found).toContain("rezeknes-socialais-dienests");
    expect(await slugs("Latgales plānošanas reģions", { region: "riga" })).not.toContain("latgales-planosanas-regions");
  });

  it("never shows an unpublished organisation, and pages the matches", async () => {
    await db.organisation.update({ where: { slug: "rezeknes-socialais-dienests" }, data: { publication: "ARCHIVED" } });
    expect(await slugs("Rēzeknes sociālais dienests")).not.toContain("rezeknes-socialais-dienests");
    const all = await listDirectory(query("pašvaldība"), "lv");
    expect(all.total).toBeGreaterThan(0);
    expect(all.rows.length).toBe(Math.min(all.total, 24));
  });
});
