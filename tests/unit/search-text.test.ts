import { describe, expect, it } from "vitest";
import { latvianSortKey } from "@/lib/search/documents";
import { meiliFilter, quoteFilterValue } from "@/lib/search/meilisearch";
import { synonymMap } from "@/lib/search/synonyms";
import { buildTextQuery, editDistanceWithin, queryWords, typoCandidates } from "@/lib/search/text";

describe("query words", () => {
  it("splits on anything but letters and digits, caps word count and length", () => {
    expect(queryWords(`" OR 1=1 -- sociālās`)).toEqual(["OR", "1", "1", "sociālās"]);
    expect(queryWords("a b c d e f g h i j")).toHaveLength(8);
    expect(queryWords("x".repeat(10_000))[0]).toHaveLength(64);
    expect(queryWords("(((:* & | !")).toEqual([]);
  });
});

describe("edit distance within one", () => {
  it.each([
    ["seniori", "senjori", true],
    ["seniori", "senior", true],
    ["seniori", "senioriem", false],
    ["inovacija", "inovacjia", true],
    ["abcde", "abcde", true],
    ["abcde", "xbcdy", false],
  ])("%s ~ %s: %s", (a, b, ok) => expect(editDistanceWithin(a, b, 1)).toBe(ok));

  it("only offers typo candidates for words of 5+ letters", () => {
    expect(typoCandidates("kopa", ["kopas"])).toEqual([]);
    expect(typoCandidates("senjori", ["seniori", "senjori", "sensori", "vecums"])).toEqual(["seniori", "sensori"]);
  });
});

describe("query term groups", () => {
  it("ANDs words, ORs typo alternatives and makes the last word a prefix", () => {
    const q = buildTextQuery([
      { word: "socialas", typos: ["socialais"], last: false },
      { word: "inov", typos: ["inow"], last: true },
    ]);
    expect(q).toEqual({
      full: [
        [
          { lexeme: "socialas", prefix: false },
          { lexeme: "socialais", prefix: false },
        ],
        [
          { lexeme: "inov", prefix: true },
          { lexeme: "inow", prefix: true },
        ],
      ],
      exact: [[{ lexeme: "socialas", prefix: false }], [{ lexeme: "inov", prefix: true }]],
    });
  });

  it("does not treat a one-letter last word as a prefix, and has nothing to match without words", () => {
    expect(buildTextQuery([{ word: "a", typos: [], last: true }])?.full).toEqual([[{ lexeme: "a", prefix: false }]]);
    expect(buildTextQuery([])).toBeNull();
  });
});

describe("Meilisearch filters", () => {
  it("quotes and escapes values; AND across facets, OR inside one; can leave a facet out", () => {
    expect(quoteFilterValue('x" OR stage != "y')).toBe('"x\\" OR stage != \\"y"');
    expect(quoteFilterValue("a\\")).toBe('"a\\\\"');
    const filters = { stage: ["pilot", "idea"], region: ["riga"] };
    expect(meiliFilter(filters)).toEqual([['stage = "pilot"', 'stage = "idea"'], ['region = "riga"']]);
    expect(meiliFilter(filters, "stage")).toEqual([['region = "riga"']]);
  });
});

describe("Latvian sort key and synonyms", () => {
  it("orders letters with diacritics right after their base letter", () => {
    const titles = ["Čiekuri", "Dārzs", "Cukurs", "Āboli", "Zupa", "Auzas", "Šūšana", "Sala"];
    expect([...titles].sort((a, b) => (latvianSortKey(a) < latvianSortKey(b) ? -1 : 1))).toEqual([
      "Auzas",
      "Āboli",
      "Cukurs",
      "Čiekuri",
      "Dārzs",
      "Sala",
      "Šūšana",
      "Zupa",
    ]);
  });

  it("makes synonyms mutual", () => {
    const map = synonymMap([["seniori", "senior", "elderly"]]);
    expect(map.senior).toEqual(["seniori", "elderly"]);
  });
});
