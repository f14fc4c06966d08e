// schema.org description of an innovation for search engines, and the one
// safe way to put it in a <script> element.

export type InnovationJsonLdInput = {
  url: string;
  name: string;
  description: string;
  inLanguage: string;
  about: string[];
  audience: string[];
  areaServed: string | null;
  implementers: { name: string; url: string }[];
  supporters: { name: string; url: string }[];
  datePublished: string | null;
  dateModified: string;
};

export function innovationJsonLd(input: InnovationJsonLdInput): Record<string, unknown> {
  const organisation = (o: { name: string; url: string }) => ({ "@type": "Organization", name: o.name, url: o.url });
  return {
    "@context": "https://schema.org",
    // A CreativeWork (the documented practice) that is also a Project, so the
    // region it serves and who funds it can be stated with their own properties.
    "@type": ["CreativeWork", "Project"],
    "@id": input.url,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: input.inLanguage,
    about: input.about.map((name) => ({ "@type": "DefinedTerm", name })),
    audience: input.audience.map((audienceType) => ({ "@type": "Audience", audienceType })),
    ...(input.areaServed ? { areaServed: { "@type": "Place", name: input.areaServed } } : {}),
    ...(input.implementers.length ? { creator: input.implementers.map(organisation) } : {}),
    ...(input.supporters.length
      ? { funder: input.supporters.map(organisation), sponsor: input.supporters.map(organisation) }
      : {}),
    ...(input.datePublished ? { datePublished: input.datePublished } : {}),
    dateModified: input.dateModified,
  };
}

/**
 * JSON for an inline <script type="application/ld+json">: `<` is escaped so
 * user text such as "</script>" cannot end the element, and U+2028/2029 so the
 * text is also valid JavaScript. JSON.parse gives back the same value.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
