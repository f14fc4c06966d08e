// What the portal accepts as an upload: an allow-list of types recognised by
// their content (magic bytes, lib/uploads/detect.ts), never by file name or
// the browser's claimed type. SVG is not on it (it can carry script), nor is
// anything text-based (HTML, shell scripts): file-type reports no type for
// those, and no type means refused. Pure and free of Node APIs, so a form can
// pre-check sizes with the same numbers the server enforces.

export type UploadKind = "image" | "document";
/** What the upload is for: a resource's file (document or image) or a cover image. */
export type UploadPurpose = "file" | "cover";
export const UPLOAD_PURPOSES = ["file", "cover"] as const satisfies readonly UploadPurpose[];

export type AllowedType = { mime: string; ext: string; kind: UploadKind };

export const ALLOWED_TYPES: readonly AllowedType[] = [
  { mime: "application/pdf", ext: "pdf", kind: "document" },
  { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ext: "docx", kind: "document" },
  { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ext: "xlsx", kind: "document" },
  { mime: "application/vnd.openxmlformats-officedocument.presentationml.presentation", ext: "pptx", kind: "document" },
  { mime: "application/vnd.oasis.opendocument.text", ext: "odt", kind: "document" },
  { mime: "application/vnd.oasis.opendocument.spreadsheet", ext: "ods", kind: "document" },
  { mime: "image/png", ext: "png", kind: "image" },
  { mime: "image/jpeg", ext: "jpg", kind: "image" },
  { mime: "image/webp", ext: "webp", kind: "image" },
];

const MB = 1024 * 1024;
export const SIZE_LIMITS: Record<UploadKind, number> = { image: 5 * MB, document: 20 * MB };
/** The largest body the upload endpoint reads at all (largest file + multipart overhead). */
export const MAX_REQUEST_BYTES = SIZE_LIMITS.document + MB;

export const limitMb = (kind: UploadKind) => Math.round(SIZE_LIMITS[kind] / MB);

export const allowedTypeOf = (mime: string): AllowedType | undefined => ALLOWED_TYPES.find((t) => t.mime === mime);

/** Kinds a purpose accepts: a cover must be an image. */
export const KINDS_FOR: Record<UploadPurpose, readonly UploadKind[]> = {
  file: ["document", "image"],
  cover: ["image"],
};

/** The `accept` attribute of a file input for a purpose (a hint for the picker, not a check). */
export function acceptAttribute(purpose: UploadPurpose): string {
  return ALLOWED_TYPES.filter((t) => KINDS_FOR[purpose].includes(t.kind))
    .flatMap((t) => [t.mime, `.${t.ext}`, ...(t.ext === "jpg" ? [".jpeg"] : [])])
    .join(",");
}

export type UploadError = "empty" | "type" | "notImage" | "tooLarge" | "generic";

/** Documents are served as attachments; images may be shown inline (they cannot run script). */
export const dispositionFor = (mime: string): "inline" | "attachment" =>
  allowedTypeOf(mime)?.kind === "image" ? "inline" : "attachment";
