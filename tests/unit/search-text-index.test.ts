// Word matching over the in-memory posting lists must mean what a tsquery
// over the same lexemes means: every word present (AND), any of its typo
// alternatives (OR), the last word also as the start of a lexeme (`:*`), and
// relevance buckets from the title's own lexemes.
import { describe, expect, it } from "vitest";
import { buildTextQuery, type ResolvedWord } from "@/lib/search/text";
import { createPostingsBuilder, matchText } from "@/lib/search/text-index";

const DOCS = [
  { title: "seniori kopiena", body: "digitālās prasmes seniori riga" },
  { title: "jaunieši", body: "kopienas darbs jaunieši seniori" },
  { title: "kopienas dārzs", body: "dārzs kopienas pilsēta" },
  { title: "seniors", body: "seniors vientulība" },
  { title: "digitālā kopiena", body: "digitālā kopiena prasmes" },
];

function postings(field: "title" | "body", rows = DOCS) {
  const builder = createPostingsBuilder();
  rows.forEach((d, row) => {
    const words = field === "title" ? d.title.split(" ") : `${d.title} ${d.body}`.split(" ");
    for (const w of words) builder.add(w, row);
  });
  return builder.finish();
}

const text = { document: postings("body"), title: postings("title") };
const run = (words: ResolvedWord[], ranked = false) => {
  const m = matchText(text, buildTextQuery(words)!, DOCS.length, ranked);
  return { rows: [...m.rows], buckets: [...m.buckets] };
};

describe("text matching over posting lists", () => {
  it("needs every word (AND) and accepts any typo alternative (OR)", () => {
    expect(run([{ word: "seniori", typos: [], last: false }]).rows).toEqual([0, 1]);
    expect(run([{ word: "seniori", typos: ["seniors"], last: false }]).rows).toEqual([0, 1, 3]);
    expect(
      run([
        { word: "seniori", typos: [], last: false },
        { word: "kopienas", typos: [], last: false },
      ]).rows,
    ).toEqual([1]);
    expect(
      run([
        { word: "nav", typos: [], last: false },
        { word: "seniori", typos: [], last: false },
      ]).rows,
    ).toEqual([]);
  });

  it("matches the last word as the start of any lexeme, and only the last", () => {
    expect(run([{ word: "kopien", typos: [], last: true }]).rows).toEqual([0, 1, 2, 4]);
    expect(run([{ word: "kopien", typos: [], last: false }]).rows).toEqual([]);
    expect(
      run([
        { word: "digit", typos: [], last: false },
        { word: "pras", typos: [], last: true },
      ]).rows,
    ).toEqual([]);
    expect(
      run([
        { word: "digitālā", typos: [], last: false },
        { word: "pras", typos: [], last: true },
      ]).rows,
    ).toEqual([4]);
  });

  it("ranks exact title words above title words reached by typo or prefix, and those above the body", () => {
    const ranked = run([{ word: "seniori", typos: ["seniors"], last: false }], true);
    expect(ranked).toEqual({ rows: [0, 1, 3], buckets: [3, 0, 1] });
  });

  it("keeps a row once when a lexeme is added twice for it", () => {
    const builder = createPostingsBuilder();
    builder.add("a", 0);
    builder.add("a", 0);
    builder.add("a", 2);
    expect([...builder.finish().lists.get("a")!]).toEqual([0, 2]);
  });
});
