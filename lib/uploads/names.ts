// Original file names are kept for display and for the download name only;
// they never become a storage path. Pure.
import { allowedTypeOf } from "./policy";

const MAX_NAME = 200;

/** The last path segment, without control characters, quotes or bidi overrides, at most 200 characters. */
export function cleanFileName(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? "";
  const cleaned = last
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f"<>|*?:\u202a-\u202e\u2066-\u2069]/g, "")
    .trim()
    .replace(/^\.+/, "");
  return cleaned.slice(-MAX_NAME) || "file";
}

/** The name to download under: the original name, ending in the extension of the detected type. */
export function downloadName(originalName: string, mime: string): string {
  const type = allowedTypeOf(mime);
  const name = cleanFileName(originalName);
  if (!type) return name;
  const exts = type.ext === "jpg" ? ["jpg", "jpeg"] : [type.ext];
  const lower = name.toLowerCase();
  return exts.some((e) => lower.endsWith(`.${e}`)) ? name : `${name}.${type.ext}`;
}

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(kind: "inline" | "attachment", name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
