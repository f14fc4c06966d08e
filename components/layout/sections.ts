/** Every public section, in navigation order; labels come from messages "Nav". */
export const publicSections = [
  { key: "innovations", href: "/innovations" },
  { key: "toolkit", href: "/toolkit" },
  { key: "funding", href: "/funding" },
  { key: "organisations", href: "/organisations" },
  { key: "consultations", href: "/consultations" },
  { key: "navigator", href: "/navigator" },
  { key: "review", href: "/review" },
  { key: "submit", href: "/submit" },
  { key: "about", href: "/about" },
] as const;

/** "page" on the section itself, "true" on pages inside it (e.g. one innovation). */
export function currentState(pathname: string, href: string): "page" | "true" | undefined {
  if (pathname === href) return "page";
  if (pathname.startsWith(`${href}/`)) return "true";
  return undefined;
}
