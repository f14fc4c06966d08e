// The kinds of record the CSV import can write. A kind without an adapter is
// offered on the page but refused with a message until it is added here.
import "server-only";
import { innovationImport } from "./innovations";
import { organisationImport } from "./organisations";
import type { ImportAdapter, ImportKind } from "./types";

export const IMPORT_ADAPTERS: Partial<Record<ImportKind, ImportAdapter>> = {
  innovations: innovationImport,
  organisations: organisationImport,
};
