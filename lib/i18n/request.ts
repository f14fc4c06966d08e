import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

// Shared interface strings live in messages/<locale>.json; each feature keeps
// its own file under messages/<locale>/ with its own top-level namespace.
async function loadMessages(locale: string) {
  const files = await Promise.all([
    import(`../../messages/${locale}.json`),
    import(`../../messages/${locale}/admin.json`),
    import(`../../messages/${locale}/innovations.json`),
    import(`../../messages/${locale}/error.json`),
    import(`../../messages/${locale}/consultations.json`),
  ]);
  return Object.assign({}, ...files.map((file) => file.default));
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  // A fixed zone keeps server and browser formatting identical (no hydration mismatch).
  return { locale, messages: await loadMessages(locale), timeZone: "Europe/Riga" };
});
