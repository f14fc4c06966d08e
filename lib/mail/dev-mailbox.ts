// Lists the .eml files the file transport wrote, for the admin area in
// development (no mail server needed to see what the portal sent).
import fs from "node:fs/promises";
import path from "node:path";
import { devMailDir } from "./transport";

export type DevMail = { file: string; date: Date; to: string; subject: string; tag: string | null; size: number };

// Decodes RFC 2047 encoded words (=?UTF-8?B?…?= / ?Q?) so subjects read naturally.
function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([BQbq])\?([^?]*)\?=\s*/g, (_, _charset: string, enc: string, text: string) =>
    enc.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString("utf8")
      : Buffer.from(
          text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
          "latin1",
        ).toString("utf8"),
  );
}

export function parseHeaders(raw: string): Map<string, string> {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? "";
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  return headers;
}

export async function listDevMail(limit = 200, dir: string = devMailDir()): Promise<DevMail[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const files = names
    .filter((n) => n.endsWith(".eml"))
    .sort()
    .reverse()
    .slice(0, limit);
  return Promise.all(
    files.map(async (file) => {
      const full = path.join(dir, file);
      const [raw, stat] = await Promise.all([fs.readFile(full, "utf8"), fs.stat(full)]);
      const h = parseHeaders(raw);
      return {
        file,
        date: new Date(h.get("date") ?? stat.mtime),
        to: h.get("to") ?? "",
        subject: h.get("subject") ?? "",
        tag: h.get("x-sikc-tag") ?? null,
        size: stat.size,
      };
    }),
  );
}

/** One file's raw content; the name is checked so it cannot leave the mail folder. */
export async function readDevMail(file: string, dir: string = devMailDir()): Promise<string | null> {
  if (!/^[\w.-]+\.eml$/.test(file)) return null;
  return fs.readFile(path.join(dir, file), "utf8").catch(() => null);
}
