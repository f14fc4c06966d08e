// The type of an upload from its bytes (file-type reads magic numbers and,
// for DOCX/XLSX/PPTX/ODT/ODS, the zip's entries). The name and the browser's
// claimed type are never consulted, so an executable called "report.pdf" is
// seen as what it is and refused by the allow-list.
import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { allowedTypeOf, type AllowedType } from "./policy";

export type Detected = { allowed: AllowedType } | { allowed: null; mime: string | null };

export async function detectType(bytes: Uint8Array): Promise<Detected> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return { allowed: null, mime: null };
  const allowed = allowedTypeOf(found.mime);
  return allowed ? { allowed } : { allowed: null, mime: found.mime };
}
