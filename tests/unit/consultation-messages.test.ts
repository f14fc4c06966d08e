// The consultation catalogues: every error key the schema and the vocabulary
// check can produce has a message in both languages, and lv and en have the
// same keys (a missing one would show the raw key to a person).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en/consultations.json";
import lv from "@/messages/lv/consultations.json";

const root = path.resolve(import.meta.dirname, "..", "..");
const source = (file: string) => fs.readFileSync(path.join(root, file), "utf8");

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("consultation messages", () => {
  it("has a message for every error key the schema and vocabulary check use", () => {
    const fromSchema = [...source("lib/consultations/schema.ts").matchAll(/E\("([a-zA-Z]+)"\)/g)].map((m) => m[1]);
    const fromVocabulary = [
      ...source("lib/consultations/vocabulary.ts").matchAll(/"([a-zA-Z]+(?:Invalid|Required))"\]/g),
    ].map((m) => m[1]);
    const used = [...new Set([...fromSchema, ...fromVocabulary])];
    expect(used.length).toBeGreaterThan(15);
    for (const catalogue of [lv, en]) {
      const missing = used.filter((k) => k === undefined || !(k in catalogue.consultations.errors));
      expect(missing).toEqual([]);
    }
  });

  it("has the same keys in Latvian and English", () => {
    expect(keys(en).sort()).toEqual(keys(lv).sort());
  });
});
