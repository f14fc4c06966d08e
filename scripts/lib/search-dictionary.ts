// Latvian word forms for PostgreSQL's text search: the Hunspell dictionary of
// the npm package dictionary-lv, written as an ispell dictionary
// (sikc_lv.dict, sikc_lv.affix) into a PostgreSQL's tsearch_data. Search text
// is unaccented before it reaches the dictionary (public.search_lv), so the
// files are unaccented too: "vientulo" and "vientuļo" then find the same word.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/** Diacritics off, as PostgreSQL's unaccent does for Latvian letters (ā → a, ļ → l, š → s …). */
const unaccent = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");

function sourceDir(): string {
  return path.dirname(require.resolve("dictionary-lv"));
}

/** The two files' names and contents. */
function searchDictionaryFiles(): { name: string; content: string }[] {
  const dir = sourceDir();
  return [
    { name: "sikc_lv.dict", content: unaccent(fs.readFileSync(path.join(dir, "index.dic"), "utf8")) },
    { name: "sikc_lv.affix", content: unaccent(fs.readFileSync(path.join(dir, "index.aff"), "utf8")) },
  ];
}

/** Writes the files into `tsearchDir` unless they are there already; returns whether anything was written. */
export function installSearchDictionary(tsearchDir: string): boolean {
  let written = false;
  for (const { name, content } of searchDictionaryFiles()) {
    const target = path.join(tsearchDir, name);
    if (fs.existsSync(target) && fs.readFileSync(target, "utf8") === content) continue;
    const temporary = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, content, { mode: 0o644 });
    fs.renameSync(temporary, target);
    written = true;
  }
  return written;
}
