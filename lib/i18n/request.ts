import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { env } from "../env";
import { routing } from "./routing";

// Shared interface strings live in messages/<locale>.json; each feature keeps
// its own file under messages/<locale>/<namespace>.json whose single top-level
// key is that namespace. Adding a feature file = adding its name here and in
// app-config.d.ts (which types t() calls).
export const FEATURE_NAMESPACES = [
  "admin",
  "innovations",
  "error",
  "consultations",
  "inbox",
  "curation",
  "curationInnovations",
  "curationCatalog",
  "curationUsers",
  "submissions",
  "audit",
  "review",
  "toolkit",
  "funding",
  "about",
  "glossary",
  "navigator",
  "ecosystem",
] as const;

async function readMessages(locale: string) {
  const files = await Promise.all([
    import(`../../messages/${locale}.json`),
    ...FEATURE_NAMESPACES.map((ns) => import(`../../messages/${locale}/${ns}.json`)),
  ]);
  return Object.assign({}, ...files.map((file) => file.default));
}

// The merged catalogue of each locale, built once per process: merging the files
// (each a dynamic import) on every request took a sizeable share of a page that
// reads nothing. Development reads them afresh, so edited messages show up.
const merged = new Map<string, ReturnType<typeof readMessages>>();
function loadMessages(locale: string) {
  if (env.NODE_ENV !== "production") return readMessages(locale);
  let messages = merged.get(locale);
  if (!messages) merged.set(locale, (messages = readMessages(locale)));
  return messages;
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  // A fixed zone keeps server and browser formatting identical (no hydration mismatch).
  return { locale, messages: await loadMessages(locale), timeZone: "Europe/Riga" };
});
