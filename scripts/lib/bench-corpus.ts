// Synthetic innovations for the search benchmark: Latvian and English
// sentences assembled from word lists of the field, with the real
// vocabularies' keys as facets. Seeded, so every run builds the same corpus.
import type pg from "pg";

export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = min + int(max - min + 1);
    return [...new Set(Array.from({ length: n }, () => pick(list)))];
  };
  return { next, int, pick, some };
}
export type Rng = ReturnType<typeof rng>;

// [Latvian, English] pairs, so each record reads the same in both languages.
const WHO: [string, string][] = [
  ["Pašvaldība", "The municipality"],
  ["Biedrība", "An association"],
  ["Sociālais uzņēmums", "A social enterprise"],
  ["Kopienas centrs", "A community centre"],
  ["Plānošanas reģions", "The planning region"],
  ["Fonds", "A foundation"],
  ["Jauniešu organizācija", "A youth organisation"],
  ["Bibliotēka", "The library"],
  ["Universitāte", "The university"],
  ["Sociālais dienests", "The social service"],
  ["Brīvprātīgo kustība", "A volunteer movement"],
  ["Draudze", "A parish"],
];
const DOES: [string, string][] = [
  ["izveidoja", "set up"],
  ["pilotē", "is piloting"],
  ["attīsta", "is developing"],
  ["paplašināja", "expanded"],
  ["ieviesa", "introduced"],
  ["pārbauda", "is testing"],
  ["finansē", "funds"],
  ["koordinē", "coordinates"],
];
export const WHAT: [string, string][] = [
  ["dienas centru", "a day centre"],
  ["mentoringa programmu", "a mentoring programme"],
  ["digitālo prasmju apmācības", "digital skills training"],
  ["sociālo darbnīcu", "a social workshop"],
  ["atbalsta grupu", "a support group"],
  ["mobilo aprūpes komandu", "a mobile care team"],
  ["kopienas dārzu", "a community garden"],
  ["nodarbinātības pakalpojumu", "an employment service"],
  ["īres mājokļu programmu", "a rental housing programme"],
  ["psiholoģiskā atbalsta tālruni", "a psychological support line"],
  ["brīvprātīgo tīklu", "a volunteer network"],
  ["sociālo uzņēmumu inkubatoru", "a social enterprise incubator"],
  ["ģimeņu atbalsta centru", "a family support centre"],
  ["aprūpes koordinācijas platformu", "a care coordination platform"],
  ["kultūras līdzdalības projektu", "a cultural participation project"],
  ["pārtikas banku", "a food bank"],
];
export const FOR_WHOM: [string, string][] = [
  ["senioriem", "for seniors"],
  ["jauniešiem", "for young people"],
  ["bērniem un ģimenēm", "for children and families"],
  ["cilvēkiem ar invaliditāti", "for people with disabilities"],
  ["bezpajumtniekiem", "for homeless people"],
  ["ilgstošajiem bezdarbniekiem", "for the long-term unemployed"],
  ["bēgļiem un migrantiem", "for refugees and migrants"],
  ["neformālajiem aprūpētājiem", "for informal carers"],
  ["lauku iedzīvotājiem", "for rural residents"],
  ["cilvēkiem ar atkarībām", "for people with addictions"],
  ["vientuļajiem vecāka gadagājuma cilvēkiem", "for lonely older people"],
];
export const WHERE: [string, string][] = [
  ["Rīgā", "in Riga"],
  ["Latgalē", "in Latgale"],
  ["Kurzemē", "in Kurzeme"],
  ["Vidzemē", "in Vidzeme"],
  ["Zemgalē", "in Zemgale"],
  ["Daugavpilī", "in Daugavpils"],
  ["Liepājā", "in Liepāja"],
  ["Valmierā", "in Valmiera"],
  ["Rēzeknes novadā", "in Rēzekne municipality"],
  ["Ventspilī", "in Ventspils"],
];
export const WHY: [string, string][] = [
  ["lai mazinātu sociālo atstumtību", "to reduce social exclusion"],
  ["lai uzlabotu pakalpojumu pieejamību", "to improve access to services"],
  ["lai stiprinātu kopienas noturību", "to strengthen community resilience"],
  ["lai veicinātu nodarbinātību", "to promote employment"],
  ["lai mazinātu vientulību", "to reduce loneliness"],
  ["lai novērstu nabadzību", "to prevent poverty"],
  ["lai atbalstītu neatkarīgu dzīvi", "to support independent living"],
  ["lai uzlabotu garīgo veselību", "to improve mental health"],
];
const RESULT: [string, string][] = [
  ["Rezultātā dalībnieku skaits pieauga divkārt.", "As a result, participation doubled."],
  ["Novērtējums rāda ilgtspējīgu ietekmi.", "The evaluation shows lasting impact."],
  ["Pieeju pārņēma vēl trīs pašvaldības.", "Three more municipalities adopted the approach."],
  ["Sociālās inovācijas modelis ir gatavs mērogošanai.", "The social innovation model is ready to scale."],
  ["Iesaistītie iedzīvotāji novērtēja pakalpojumu atzinīgi.", "Residents involved rated the service highly."],
];

export type Vocab = {
  stages: string[];
  statuses: string[];
  themes: string[];
  targetGroups: string[];
  regions: string[];
  orgTypes: string[];
};

function sentence(r: Rng): [string, string] {
  const parts = [r.pick(WHO), r.pick(DOES), r.pick(WHAT), r.pick(FOR_WHOM), r.pick(WHERE), r.pick(WHY)];
  return [`${parts.map((p) => p[0]).join(" ")}.`, `${parts.map((p) => p[1]).join(" ")}.`];
}
const paragraph = (r: Rng, n: number): [string, string] => {
  const s = Array.from({ length: n }, () => sentence(r));
  return [s.map((x) => x[0]).join(" "), s.map((x) => x[1]).join(" ")];
};

/** Inserts `count` innovations (and their organisation links) in batches through unnest arrays. */
export async function insertCorpus(
  client: pg.Client,
  r: Rng,
  vocab: Vocab,
  orgIds: string[],
  start: number,
  count: number,
) {
  const BATCH = 2_000;
  for (let offset = 0; offset < count; offset += BATCH) {
    const cols: Record<string, (string | number | null)[]> = {};
    const push = (k: string, v: string | number | null) => (cols[k] ??= []).push(v);
    const links: { inn: string; org: string; role: string }[] = [];
    for (let i = 0; i < Math.min(BATCH, count - offset); i++) {
      const n = start + offset + i;
      const id = `bench${String(n).padStart(7, "0")}`;
      const what = r.pick(WHAT),
        whom = r.pick(FOR_WHOM),
        where = r.pick(WHERE);
      const [sLv, sEn] = paragraph(r, 2),
        [pLv, pEn] = paragraph(r, 3),
        [solLv, solEn] = paragraph(r, 3),
        [res] = [r.pick(RESULT)];
      push("id", id);
      push("slug", `bench-innovation-${n}`);
      push("titleLv", `${what[0][0]!.toUpperCase()}${what[0].slice(1)} ${whom[0]} ${where[0]}`);
      push("titleEn", `${what[1][0]!.toUpperCase()}${what[1].slice(1)} ${whom[1]} ${where[1]}`);
      push("summaryLv", sLv);
      push("summaryEn", sEn);
      push("problemLv", pLv);
      push("problemEn", pEn);
      push("solutionLv", solLv);
      push("solutionEn", solEn);
      push("resultsLv", res[0]);
      push("resultsEn", res[1]);
      push("stage", r.pick(vocab.stages));
      push("status", r.pick(vocab.statuses));
      push("startYear", r.next() < 0.1 ? null : 2005 + r.int(21));
      push("themes", r.some(vocab.themes, 1, 3).join(","));
      push("targetGroups", r.some(vocab.targetGroups, 1, 3).join(","));
      push("region", r.next() < 0.05 ? null : r.pick(vocab.regions));
      push("updatedAt", new Date(Date.UTC(2023, 0, 1) + r.int(3 * 365 * 86_400_000)).toISOString());
      for (const org of r.some(orgIds, 1, 2)) links.push({ inn: id, org, role: "IMPLEMENTER" });
      for (const org of r.some(orgIds, 0, 2)) links.push({ inn: id, org, role: "SUPPORTER" });
    }
    await client.query(
      `INSERT INTO "Innovation" ("id","slug","titleLv","titleEn","summaryLv","summaryEn","problemLv","problemEn",
         "solutionLv","solutionEn","resultsLv","resultsEn","stage","status","startYear","themes","targetGroups","region",
         "country","publication","publishedAt","updatedAt","isDemo")
       SELECT id, slug, tl, te, sl, se, pl, pe, sol, soe, rl, re, st, stat, y, string_to_array(th, ','), string_to_array(tg, ','),
         reg, 'LV', 'PUBLISHED', u, u, true
       FROM unnest($1::text[],$2::text[],$3::text[],$4::text[],$5::text[],$6::text[],$7::text[],$8::text[],$9::text[],
         $10::text[],$11::text[],$12::text[],$13::text[],$14::text[],$15::int[],$16::text[],$17::text[],$18::text[],$19::timestamp[])
         AS t(id, slug, tl, te, sl, se, pl, pe, sol, soe, rl, re, st, stat, y, th, tg, reg, u)`,
      [
        "id",
        "slug",
        "titleLv",
        "titleEn",
        "summaryLv",
        "summaryEn",
        "problemLv",
        "problemEn",
        "solutionLv",
        "solutionEn",
        "resultsLv",
        "resultsEn",
        "stage",
        "status",
        "startYear",
        "themes",
        "targetGroups",
        "region",
        "updatedAt",
      ].map((k) => cols[k]),
    );
    const unique = [...new Map(links.map((l) => [`${l.inn}|${l.org}|${l.role}`, l])).values()];
    await client.query(
      `INSERT INTO "InnovationOrganisation" ("innovationId","organisationId","role")
       SELECT i, o, r::"InnovationOrgRole" FROM unnest($1::text[], $2::text[], $3::text[]) AS t(i, o, r)`,
      [unique.map((l) => l.inn), unique.map((l) => l.org), unique.map((l) => l.role)],
    );
  }
}
