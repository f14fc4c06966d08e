import { describe, expect, it } from "vitest";
import { auditDiff, hasChanges } from "@/lib/admin/audit-diff";
import { baseSlug, nextFreeSlug } from "@/lib/admin/slug";
import { readForm } from "@/lib/forms/read";
import { toFormValues } from "@/lib/forms/values";
import { uniqueViolationFields } from "@/lib/write-result";

describe("auditDiff", () => {
  const before = {
    nameLv: "Fonds",
    nameEn: null,
    roles: ["funder"],
    updatedAt: new Date("2026-01-01T00:00:00Z"),
    secret: "x",
  };

  it("lists only the given fields that changed, as [before, after]", () => {
    const after = { ...before, nameLv: "Fonds 2", roles: ["funder", "support"], secret: "y" };
    expect(auditDiff(before, after, ["nameLv", "nameEn", "roles"])).toEqual({
      nameLv: ["Fonds", "Fonds 2"],
      roles: [["funder"], ["funder", "support"]],
    });
  });

  it("treats null and undefined alike and reports nothing when nothing changed", () => {
    const changes = auditDiff(before, { ...before, nameEn: undefined }, ["nameLv", "nameEn"]);
    expect(changes).toEqual({});
    expect(hasChanges(changes)).toBe(false);
  });

  it("stores dates as ISO text and describes creates and deletes", () => {
    expect(auditDiff(null, before, ["nameLv", "updatedAt"])).toEqual({
      nameLv: [null, "Fonds"],
      updatedAt: [null, "2026-01-01T00:00:00.000Z"],
    });
    expect(auditDiff(before, null, ["nameLv"])).toEqual({ nameLv: ["Fonds", null] });
  });
});

describe("slugs", () => {
  it("makes readable ASCII slugs from Latvian titles", () => {
    expect(baseSlug("Rīgas Sociālā darbnīca!")).toBe("rigas-sociala-darbnica");
    expect(baseSlug("!!!", "organisation")).toBe("organisation");
    expect(baseSlug("a".repeat(200)).length).toBeLessThanOrEqual(80);
  });

  it("adds the first free numeric suffix on collision", () => {
    expect(nextFreeSlug("fonds", [])).toBe("fonds");
    expect(nextFreeSlug("fonds", ["fonds", "fonds-2", "fonds-4"])).toBe("fonds-3");
  });
});

describe("form data", () => {
  it("reads lists as arrays and everything else as strings", () => {
    const form = new FormData();
    form.append("name", "A");
    form.append("roles", "x");
    form.append("roles", "y");
    form.append("$ACTION_ID_1", "");
    expect(readForm(form, { arrays: ["roles", "stages"] }).values).toEqual({
      name: "A",
      roles: ["x", "y"],
      stages: [],
    });
  });

  it("turns a record into form defaults", () => {
    expect(
      toFormValues({ a: null, b: true, c: false, d: new Date("2026-03-04T00:00:00Z"), e: ["k"], f: 12.5 }),
    ).toEqual({ a: "", b: "on", c: "", d: "2026-03-04", e: ["k"], f: "12.5" });
  });

  it("recognises unique violations from both Prisma error shapes", () => {
    expect(uniqueViolationFields({ code: "P2002", meta: { target: ["slug"] } })).toEqual(["slug"]);
    expect(
      uniqueViolationFields({
        code: "P2002",
        meta: { driverAdapterError: { cause: { constraint: { fields: ["slug"] } } } },
      }),
    ).toEqual(["slug"]);
    expect(uniqueViolationFields({ code: "P2025" })).toBeNull();
  });
});
