// Lists the .eml files the file transport wrote, for the admin area in
// development (no mail server needed to see what the portal sent).
import fs from "node:fs/promises";
import path from "node:path";
import { headerOf, parseEml } from "./eml";
import { devMailDir } from "./transport";

export type DevMail = { file: string; date: Date; to: string; subject: string; tag: string | null; size: number };

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
      const mail = await parseEml(raw);
      return {
        file,
        date: new Date(headerOf(mail, "date") || stat.mtime),
        to: headerOf(mail, "to"),
        subject: headerOf(mail, "subject"),
        tag: headerOf(mail, "x-sikc-tag") || null,
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
