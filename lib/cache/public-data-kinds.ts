// The kinds of public data the pages' cached reads depend on; each is a cache tag
// (lib/cache/public-data.ts). Without imports, so that the job worker can name them too.

export const PUBLIC_DATA = [
  "innovations",
  "organisations",
  "terms",
  "resources",
  "funding",
  "reviews",
  "consultations",
] as const;
export type PublicData = (typeof PUBLIC_DATA)[number];
