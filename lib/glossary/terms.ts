/** Glossary entries in page order; texts in messages "glossary.terms.<key>", anchors are kebab-case. */
export const GLOSSARY_TERMS = [
  "socialInnovation",
  "stage",
  "pilot",
  "scaling",
  "systemicChange",
  "innovator",
  "implementer",
  "supporter",
  "endBeneficiaries",
  "targetGroup",
  "ecosystemReview",
  "callForProposals",
  "planningRegion",
  "consultation",
] as const;

export type GlossaryKey = (typeof GLOSSARY_TERMS)[number];

export const glossaryAnchor = (key: GlossaryKey) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
