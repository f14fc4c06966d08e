// The downloadable template of each import kind: the header row only.
import "server-only";
import { CSV_BOM } from "@/lib/open-data/csv";
import { IMPORT_ADAPTERS } from "./adapters";
import type { ImportKind } from "./types";

export function templateCsv(kind: ImportKind): string | null {
  const adapter = IMPORT_ADAPTERS[kind];
  return adapter ? `${CSV_BOM}${adapter.columns.join(";")}\r\n` : null;
}
