import { describe, expect, it } from "vitest";
import { latvianSortKey, toDocument, type DocumentRow } from "@/lib/search/documents";
import { meiliFilter, meiliSettings, quoteFilterValue } from "@/lib/search/meilisearch";
import { synonymMap } from "@/lib/search/synonyms";
import { editDistanceWithin, MAX_QUERY_WORDS, queryWords, queryWordsCut } from "@/lib/search/text";

describe("query words", () => {
  it("splits on anything but letters and digits, caps word count and length", () => {
    expect(queryWords(`" OR 1=1 -- sociālās`)).toEqual(["OR", "1", "1", "sociālās"]);
    const fifty = Array.from({ length: 50 }, (_, i) => `vārds${i}`).join(" ");
    expect(queryWords(fifty)).toHaveLength(MAX_QUERY_WORDS);
    expect(queryWords(fifty)[0]).toBe("vārds0");
    expect(queryWordsCut(fifty)).toBe(true);
    expect(queryWordsCut("vientuļi seniori")).toBe(false);
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

  it("makes synonyms mutual, lowercased, across groups sharing nothing", () => {
    const map = synonymMap([
      ["seniori", "Senior", "elderly"],
      ["bezpajumtnieks", "homeless"],
    ]);
    expect(map.senior).toEqual(["seniori", "elderly"]);
    expect(map.homeless).toEqual(["bezpajumtnieks"]);
    expect(Object.keys(map)).toHaveLength(5);
  });
});

describe("Meilisearch documents and settings", () => {
  const row = (over: Partial<DocumentRow> = {}): DocumentRow => ({
    id: "i1",
    slug: "mobile-team",
    titleLv: "Mobilā komanda",
    titleEn: "Mobile team",
    summaryLv: "Kopsavilkums",
    summaryEn: null,
    problemLv: null,
    problemEn: null,
    solutionLv: null,
    solutionEn: null,
    noveltyLv: null,
    noveltyEn: null,
    impactLv: null,
    impactEn: null,
    resultsLv: null,
    resultsEn: null,
    transferabilityLv: null,
    transferabilityEn: null,
    municipality: "rezekne",
    stage: "pilot",
    status: "active",
    themes: ["health"],
    targetGroups: ["rural-remote", "unknown-key"],
    region: "latgale",
    country: "LV",
    startYear: 2026,
    updatedAt: new Date("2026-12-01T10:00:00Z"),
    publication: "PUBLISHED",
    organisations: [
      {
        role: "IMPLEMENTER",
        organisation: {
          type: "municipality",
          slug: "rsd",
          nameLv: "Rēzeknes Sociālais dienests",
          nameEn: "Rēzekne Social Service",
        },
      },
      {
        role: "SUPPORTER",
        organisation: { type: "planning-region", slug: "lpr", nameLv: "Latgales plānošanas reģions", nameEn: null },
      },
      { role: "SUPPORTER", organisation: { type: "ngo", slug: "abc", nameLv: "Biedrība ABC", nameEn: "ABC" } },
    ],
    experts: [
      { contact: { organisation: { nameLv: "Universitāte", nameEn: "University" } } },
      { contact: { organisation: null } },
    ],
    ...over,
  });
  const labels = new Map([
    ["REGION:latgale", ["Latgales plānošanas reģions", "Latgale planning region"]],
    ["MUNICIPALITY:rezekne", ["Rēzekne", "Rēzekne"]],
    ["THEME:health", ["Veselības aprūpe", "Health care"]],
    ["TARGET_GROUP:rural-remote", ["Attālu lauku teritoriju iedzīvotāji", "People in remote rural areas"]],
  ]);

  it("carries what the record shows besides its text, both languages, each value once", () => {
    const doc = toDocument(row(), labels);
    expect(doc.implementerNames).toEqual(["Rēzeknes Sociālais dienests", "Rēzekne Social Service"]);
    expect(doc.supporterNames).toEqual(["Latgales plānošanas reģions", "Biedrība ABC", "ABC"]);
    expect(doc.expertOrganisationNames).toEqual(["Universitāte", "University"]);
    expect(doc.places).toEqual(["Latgales plānošanas reģions", "Latgale planning region", "Rēzekne"]);
    expect(doc.themeLabels).toEqual(["Veselības aprūpe", "Health care"]);
    // a key without a term (deleted since) adds nothing
    expect(doc.targetGroupLabels).toEqual(["Attālu lauku teritoriju iedzīvotāji", "People in remote rural areas"]);
    // facets are keys and slugs, sorted
    expect(doc.supporter).toEqual(["abc", "lpr"]);
    expect(doc.implementerType).toEqual(["municipality"]);
    expect(doc.updatedAtTs).toBe(Date.parse("2026-12-01T10:00:00Z"));
    expect(toDocument(row({ region: null, municipality: null }), labels).places).toEqual([]);
  });

  it("searches every text field and name, titles first and labels last, with the staff's synonyms", () => {
    const settings = meiliSettings([["vientuļš", "lonely"]]);
    const searchable = settings.searchableAttributes ?? [];
    expect(searchable[0]).toBe("titleLv");
    expect(searchable.at(-1)).toBe("targetGroupLabels");
    for (const field of ["implementerNames", "supporterNames", "expertOrganisationNames", "places", "themeLabels"])
      expect(searchable).toContain(field);
    // every searchable field exists on a document
    const doc = toDocument(row(), labels) as Record<string, unknown>;
    for (const field of searchable) expect(doc).toHaveProperty(field);
    expect(settings.synonyms).toEqual({ vientuļš: ["lonely"], lonely: ["vientuļš"] });
    expect(settings.typoTolerance).toMatchObject({ minWordSizeForTypos: { oneTypo: 5 } });
  });
});
