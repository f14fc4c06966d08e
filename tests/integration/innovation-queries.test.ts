import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  getInnovationDetail,
  getOrganisationNames,
  getRelatedInnovations,
  loadTermLabels,
} from "@/lib/innovations/queries";

describe("innovation page queries", () => {
  it("loads term labels grouped by vocabulary, stages in path order", async () => {
    const labels = await loadTermLabels();
    expect(labels.STAGE?.map((t) => t.key)).toEqual([
      "problem",
      "idea",
      "prototype",
      "pilot",
      "sustain",
      "scale",
      "systemic",
    ]);
    expect(labels.REGION?.map((t) => t.key)).toEqual(expect.arrayContaining(["riga", "latgale", "national", "abroad"]));
    expect(labels.ASSESSMENT_SIF?.length).toBeGreaterThan(0);
    expect(labels.CONSULTATION_TOPIC).toBeUndefined();
  });

  it("names supporter organisations by slug and ignores unknown slugs", async () => {
    const names = await getOrganisationNames(["hapn", "no-such-org"]);
    expect(names).toEqual([{ slug: "hapn", nameLv: expect.any(String), nameEn: expect.anything() }]);
    expect(await getOrganisationNames([])).toEqual([]);
  });

  it("returns the full published record with relations, and nothing for an unpublished one", async () => {
    const detail = await getInnovationDetail("poor-for-the-poor-hungary");
    expect(detail?.organisations.map((o) => o.role).sort()).toEqual(["IMPLEMENTER", "SUPPORTER"]);
    expect(detail?.indicators[0]?.value).toBe("1000");
    expect(detail?.assessments.length).toBeGreaterThan(0);

    await db.innovation.update({ where: { slug: "poor-for-the-poor-hungary" }, data: { publication: "DRAFT" } });
    expect(await getInnovationDetail("poor-for-the-poor-hungary")).toBeNull();
    await db.innovation.update({ where: { slug: "poor-for-the-poor-hungary" }, data: { publication: "PUBLISHED" } });
  });

  it("shows only experts who agreed to be shown publicly", async () => {
    const innovation = await db.innovation.findUniqueOrThrow({
      where: { slug: "family-assistant-service" },
      select: { id: true },
    });
    const [shown, hidden] = await Promise.all([
      db.contact.create({ data: { name: "Public Expert", showPublicly: true } }),
      db.contact.create({ data: { name: "Private Expert", showPublicly: false, email: "private@example.lv" } }),
    ]);
    await db.innovationExpert.createMany({
      data: [
        { innovationId: innovation.id, contactId: shown.id, position: 0 },
        { innovationId: innovation.id, contactId: hidden.id, position: 1 },
      ],
    });
    const detail = await getInnovationDetail("family-assistant-service");
    expect(detail?.experts.map((e) => e.contact.name)).toEqual(["Public Expert"]);
    expect(JSON.stringify(detail)).not.toContain("private@example.lv");
  });

  it("relates innovations sharing a theme and a target group, in other regions only", async () => {
    const source = await getInnovationDetail("fall-sensors-riga-care-centres");
    expect(source).not.toBeNull();
    const related = await getRelatedInnovations(source!);
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(4);
    const rows = await db.innovation.findMany({
      where: { slug: { in: related.map((r) => r.slug) } },
      select: { slug: true, themes: true, targetGroups: true, region: true, publication: true },
    });
    for (const row of rows) {
      expect(row.slug).not.toBe(source!.slug);
      expect(row.region).not.toBe(source!.region);
      expect(row.publication).toBe("PUBLISHED");
      expect(row.themes.some((t) => source!.themes.includes(t))).toBe(true);
      expect(row.targetGroups.some((g) => source!.targetGroups.includes(g))).toBe(true);
    }
  });
});
