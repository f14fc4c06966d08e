// schema.org description of a toolkit item for search engines: learning
// materials (methods, tools, templates, guides, modules, videos) are a
// LearningResource, reports and policy documents a Report or a CreativeWork.

const LEARNING_TYPES = new Set(["method", "tool", "template", "guide", "course", "video"]);

export type ResourceJsonLdInput = {
  url: string;
  type: string;
  typeLabel: string;
  name: string;
  description: string;
  inLanguage: string | null;
  publisher: { name: string; url: string | null } | null;
  year: number | null;
  license: string | null;
  contentUrl: string | null;
  encodingFormat: string | null;
  audience: string[];
  about: string[];
  dateModified: string;
};

export function resourceJsonLd(input: ResourceJsonLdInput): Record<string, unknown> {
  const type = LEARNING_TYPES.has(input.type)
    ? "LearningResource"
    : input.type === "research"
      ? "Report"
      : "CreativeWork";
  return {
    "@context": "https://schema.org",
    "@type": type,
    "@id": input.url,
    url: input.url,
    name: input.name,
    ...(input.description ? { description: input.description } : {}),
    ...(type === "LearningResource" ? { learningResourceType: input.typeLabel } : { genre: input.typeLabel }),
    ...(input.inLanguage ? { inLanguage: input.inLanguage } : {}),
    ...(input.publisher
      ? {
          publisher: {
            "@type": "Organization",
            name: input.publisher.name,
            ...(input.publisher.url ? { url: input.publisher.url } : {}),
          },
        }
      : {}),
    ...(input.year ? { datePublished: String(input.year) } : {}),
    ...(input.license ? { license: input.license } : {}),
    ...(input.contentUrl
      ? {
          associatedMedia: {
            "@type": "MediaObject",
            contentUrl: input.contentUrl,
            ...(input.encodingFormat ? { encodingFormat: input.encodingFormat } : {}),
          },
        }
      : {}),
    ...(input.audience.length
      ? { audience: input.audience.map((audienceType) => ({ "@type": "Audience", audienceType })) }
      : {}),
    ...(input.about.length ? { about: input.about.map((name) => ({ "@type": "DefinedTerm", name })) } : {}),
    dateModified: input.dateModified,
  };
}
