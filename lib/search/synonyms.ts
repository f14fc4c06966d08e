// Latvian/English synonym groups for common terms of the field. Meilisearch
// gets every member mapped to all the others (mutual synonyms).
const SYNONYM_GROUPS: string[][] = [
  [
    "seniori",
    "senioriem",
    "senior",
    "seniors",
    "vecāka gadagājuma",
    "vecāka gadagājuma cilvēki",
    "elderly",
    "older people",
  ],
  ["jaunieši", "jauniešiem", "youth", "young people"],
  ["bērni", "bērniem", "children"],
  ["ģimenes", "ģimenēm", "families"],
  ["invaliditāte", "cilvēki ar invaliditāti", "disability", "people with disabilities"],
  ["sociālā inovācija", "sociālās inovācijas", "social innovation"],
  ["sociālais uzņēmums", "sociālā uzņēmējdarbība", "social enterprise"],
  ["bezpajumtnieki", "bezpajumtniecība", "homeless", "homelessness"],
  ["bēgļi", "refugees"],
  ["migranti", "migrants"],
  ["nodarbinātība", "employment", "jobs"],
  ["izglītība", "education"],
  ["veselība", "health"],
  ["nabadzība", "poverty"],
  ["brīvprātīgie", "brīvprātīgais darbs", "volunteers", "volunteering"],
  ["pašvaldība", "pašvaldības", "municipality", "local government"],
  ["vientulība", "loneliness"],
  ["aprūpe", "care"],
];

export function synonymMap(groups: string[][] = SYNONYM_GROUPS): Record<string, string[]> {
  const map: Record<string, string[]> = {};
  for (const group of groups) {
    for (const word of group) map[word] = [...new Set([...(map[word] ?? []), ...group.filter((w) => w !== word)])];
  }
  return map;
}
