// The open-data licence stated in every API response.
export const LICENSE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  attribution: "Sociālās inovācijas kompetences centrs (SIKC), Sabiedrības integrācijas fonds",
} as const;

/** Public data: browsers keep it a minute, shared caches five, then serve stale while refreshing. */
export const PUBLIC_CACHE = "public, max-age=60, s-maxage=300, stale-while-revalidate=600";
export const NO_STORE = "no-store";
