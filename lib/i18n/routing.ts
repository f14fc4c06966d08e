import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["lv", "en"],
  defaultLocale: "lv",
  // Latvian lives at the unprefixed URLs; English under /en.
  localePrefix: "as-needed",
  // The unprefixed URL must always be Latvian, whatever the browser prefers,
  // so shared links show the same language to everyone…
  localeDetection: false,
  // …and without detection a locale cookie has no job (no cookie, no consent question).
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
