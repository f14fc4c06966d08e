// Every interface catalogue has the same keys in Latvian and English, so no
// person ever sees a raw message key; each feature file holds exactly its
// own namespaces, so merging the files cannot silently overwrite another's.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FEATURE_NAMESPACES } from "@/lib/i18n/request";

const root = path.resolve(import.meta.dirname, "..", "..");
const read = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(root, "messages", file), "utf8")) as Record<string, unknown>;

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogues", () => {
  it.each(["lv.json", "en.json"])("every feature file on disk is loaded (%s's folder)", (file) => {
    const dir = path.join(root, "messages", file.replace(".json", ""));
    const onDisk = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(/\.json$/, ""));
    expect(onDisk.sort()).toEqual([...FEATURE_NAMESPACES].sort());
  });

  it.each(["", ...FEATURE_NAMESPACES.map((ns) => `/${ns}`)])("lv%s and en%s have the same keys", (suffix) => {
    const lv = read(`lv${suffix}.json`);
    const en = read(`en${suffix}.json`);
    expect(keys(en).sort()).toEqual(keys(lv).sort());
  });

  it("no two files share a top-level namespace (merging would overwrite one)", () => {
    const tops = ["lv.json", ...FEATURE_NAMESPACES.map((ns) => `lv/${ns}.json`)].flatMap((f) => Object.keys(read(f)));
    expect(tops.filter((k, i) => tops.indexOf(k) !== i)).toEqual([]);
  });
});
