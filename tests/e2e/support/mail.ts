// The mails the e2e server's worker wrote as .eml files (DATA_DIR/mail, passed
// in as E2E_DATA_DIR), read with postal-mime (lib/mail/eml.ts).
import fs from "node:fs";
import path from "node:path";
import { headerOf, parseEml, type ParsedEml } from "../../../lib/mail/eml";

export { headerOf, type ParsedEml };

/** Waits for the first mail that `match` accepts, and returns it parsed and raw. */
export async function findMail(
  match: (mail: ParsedEml) => boolean,
  timeoutMs = 30_000,
): Promise<{ mail: ParsedEml; raw: string }> {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is not set (scripts/test.ts sets it)");
  const dir = path.join(dataDir, "mail");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".eml")) : [];
    for (const file of files) {
      const raw = fs.readFileSync(path.join(dir, file), "utf8");
      const mail = await parseEml(raw);
      if (match(mail)) return { mail, raw };
    }
    if (Date.now() > deadline) throw new Error("mail not written in time");
    await new Promise((r) => setTimeout(r, 500));
  }
}
