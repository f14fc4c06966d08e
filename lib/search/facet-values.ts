import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { FacetVocabulary } from "./params";
import { loadFacetVocabulary } from "./vocabulary";

/** Valid facet values, read once per request (React cache) for URL parsing. */
export const getFacetVocabulary: () => Promise<FacetVocabulary> = cache(() => loadFacetVocabulary(db));

