import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { FacetVocabulary } from "./params";
import { loadFacetVocabulary } from "./vocabulary";

export type OrganisationName = { slug: string; nameLv: string; nameEn: string | null };

type Reference = { version: string; vocabulary: FacetVocabulary; organisations: Map<string, OrganisationName> };

const globalForFacets = globalThis as unknown as { sikcFacetReference?: Promise<Reference> };

/**
 * Terms and organisations change when staff edit them, seldom; every search
 * page and API call needs them. One small query tells whether they changed
 * (row counts and newest updatedAt of both tables), so the copy shared by all
 * requests of this process is never older than the last commit.
 */
async function referenceVersion(): Promise<string> {
  const [row] = await db.$queryRaw<{ v: string }[]>`
    SELECT concat_ws('|',
      (SELECT count(*) FROM "Term"), (SELECT max("updatedAt") FROM "Term"),
      (SELECT count(*) FROM "Organisation"), (SELECT max("updatedAt") FROM "Organisation")) AS v`;
  return row?.v ?? "";
}

async function loadReference(version: string): Promise<Reference> {
  const [vocabulary, organisations] = await Promise.all([
    loadFacetVocabulary(db),
    db.organisation.findMany({ select: { slug: true, nameLv: true, nameEn: true } }),
  ]);
  return { version, vocabulary, organisations: new Map(organisations.map((o) => [o.slug, o])) };
}

const getReference = cache(async (): Promise<Reference> => {
  const version = await referenceVersion();
  const current = globalForFacets.sikcFacetReference;
  if (current) {
    const ref = await current.catch(() => null);
    if (ref && ref.version === version) return ref;
  }
  const next = loadReference(version);
  globalForFacets.sikcFacetReference = next;
  next.catch(() => {
    if (globalForFacets.sikcFacetReference === next) globalForFacets.sikcFacetReference = undefined;
  });
  return next;
});

/** Valid facet values for URL parsing (shared across requests, re-read when terms or organisations change). */
export const getFacetVocabulary = async (): Promise<FacetVocabulary> => (await getReference()).vocabulary;

/** Names of the organisations behind supporter facet values (which are slugs), from the same shared copy. */
export async function getSupporterNames(slugs: string[]): Promise<OrganisationName[]> {
  const { organisations } = await getReference();
  return slugs.map((s) => organisations.get(s)).filter((o): o is OrganisationName => o !== undefined);
}
