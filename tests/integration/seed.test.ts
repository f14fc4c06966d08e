import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seed } from "@/prisma/seed/run";
import { DEMO_USERS } from "@/prisma/seed/users";
import { vocabularyRows } from "@/prisma/seed/vocabularies";

const dataDir = path.resolve(import.meta.dirname, "..", "..", "prisma", "seed", "data");
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(dataDir, file), "utf8"));

describe("demo seed", () => {
  it("loads every record of the demo files", async () => {
    const funding = read("funding.json");
    expect(await db.organisation.count()).toBe(read("organisations.json").items.length);
    expect(await db.innovation.count()).toBe(read("innovations.json").items.length);
    expect(await db.fundingProgramme.count()).toBe(funding.programmes.length);
    expect(await db.fundingCall.count()).toBe(funding.calls.length);
    expect(await db.resource.count()).toBe(read("resources.json").items.length);
    expect(await db.annualReview.count()).toBe(1);
    expect(await db.user.count()).toBe(DEMO_USERS.length);
  });

  it("loads every vocabulary with the keys of taxonomies.json", async () => {
    const taxonomies = read("taxonomies.json");
    const stages = await db.term.findMany({ where: { vocabulary: "STAGE" }, orderBy: { position: "asc" } });
    expect(stages.map((s) => s.key)).toEqual(taxonomies.stages.items.map((s: { key: string }) => s.key));
    expect(await db.term.count()).toBe(vocabularyRows().length);
    const rezekne = await db.term.findUnique({
      where: { vocabulary_key: { vocabulary: "MUNICIPALITY", key: "rezeknes-novads" } },
    });
    expect(rezekne?.parentKey).toBe("latgale");
  });

  it("keeps relations from the files: implementers, indicators, assessments", async () => {
    const source = read("innovations.json").items.find((i: { implementers: string[] }) => i.implementers.length > 0);
    const innovation = await db.innovation.findUniqueOrThrow({
      where: { slug: source.slug },
      include: { organisations: { include: { organisation: true } }, indicators: true, links: true },
    });
    expect(innovation.organisations.filter((o) => o.role === "IMPLEMENTER").map((o) => o.organisation.slug)).toEqual(
      source.implementers,
    );
    expect(innovation.indicators).toHaveLength(source.indicators.length);
    expect(innovation.links.map((l) => l.url)).toEqual(source.links);
  });

  it("changes nothing when run a second time", async () => {
    const before = await db.innovation.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } });
    const report = await seed(db);
    expect(Object.values(report).every((n) => n === 0)).toBe(true);
    expect(await db.innovation.findMany({ select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } })).toEqual(
      before,
    );
  });

  it("does not overwrite a label staff have edited", async () => {
    await db.term.update({
      where: { vocabulary_key: { vocabulary: "THEME", key: "education" } },
      data: { labelEn: "Learning" },
    });
    await seed(db);
    const term = await db.term.findUniqueOrThrow({
      where: { vocabulary_key: { vocabulary: "THEME", key: "education" } },
    });
    expect(term.labelEn).toBe("Learning");
  });

  it("stores demo staff passwords only as bcrypt hashes, hidden from default queries", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS[0]!.email } });
    expect("passwordHash" in user).toBe(false);
    const withHash = await db.user.findUniqueOrThrow({
      where: { email: DEMO_USERS[0]!.email },
      omit: { passwordHash: false },
    });
    expect(withHash.passwordHash).toMatch(/^\$2[aby]\$10\$/);
  });
});
