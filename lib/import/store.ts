// Keeps an uploaded CSV between the dry run and the import, on the server:
// the browser holds only a signed id, so the file imported is byte for byte
// the one that was checked, and only by the person who uploaded it. The
// import validates it again anyway (the database may have changed since).
// Files live under DATA_DIR/imports (shared storage when the portal runs on
// several machines, like uploads), expire after an hour and are swept daily.
import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import { hmac } from "@/lib/security/secret";
import { dataPath } from "@/lib/env";
import type { ImportKind } from "./types";

const PURPOSE = "sikc:csv-import:v1";
const MAX_AGE_MS = 60 * 60 * 1000;
const SWEEP_AFTER_MS = 24 * 60 * 60 * 1000;
const ID = /^[a-f0-9]{32}$/;

type Meta = { userId: string; kind: ImportKind; fileName: string; sha256: string; createdAt: number };
export type StoredUpload = Meta & { bytes: Uint8Array };

const dir = () => dataPath("imports");
const file = (id: string, ext: "csv" | "json") => `${dir()}/${id}.${ext}`;
const sign = (id: string, m: Pick<Meta, "userId" | "kind" | "sha256">) =>
  hmac(PURPOSE, [id, m.userId, m.kind, m.sha256]);

const sha256 = (bytes: Uint8Array) => crypto.createHash("sha256").update(bytes).digest("hex");

async function sweep(now: number) {
  const names = await fs.readdir(dir()).catch(() => [] as string[]);
  await Promise.all(
    names.map(async (name) => {
      const stat = await fs.stat(`${dir()}/${name}`).catch(() => null);
      if (stat && now - stat.mtimeMs > SWEEP_AFTER_MS) await fs.rm(`${dir()}/${name}`, { force: true });
    }),
  );
}

/** Stores the file and returns the token the import form sends back. */
export async function saveUpload(
  bytes: Uint8Array,
  meta: Omit<Meta, "sha256" | "createdAt">,
  now = Date.now(),
): Promise<string> {
  await fs.mkdir(dir(), { recursive: true, mode: 0o700 });
  await sweep(now);
  const id = crypto.randomBytes(16).toString("hex");
  const full: Meta = { ...meta, sha256: sha256(bytes), createdAt: now };
  await fs.writeFile(file(id, "csv"), bytes, { mode: 0o600 });
  await fs.writeFile(file(id, "json"), JSON.stringify(full), { mode: 0o600 });
  return `${id}.${sign(id, full)}`;
}

/** The stored file when the token is genuine, belongs to `userId`, is fresh and the bytes are unchanged; otherwise null. */
export async function loadUpload(token: unknown, userId: string, now = Date.now()): Promise<StoredUpload | null> {
  if (typeof token !== "string") return null;
  const [id, signature, ...rest] = token.split(".");
  if (!id || !signature || rest.length || !ID.test(id)) return null;
  let meta: Meta;
  try {
    meta = JSON.parse(await fs.readFile(file(id, "json"), "utf8")) as Meta;
  } catch {
    return null;
  }
  const expected = Buffer.from(sign(id, meta));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  if (meta.userId !== userId || now - meta.createdAt > MAX_AGE_MS) return null;
  const bytes = new Uint8Array(await fs.readFile(file(id, "csv")).catch(() => Buffer.alloc(0)));
  if (sha256(bytes) !== meta.sha256) return null;
  return { ...meta, bytes };
}

export async function removeUpload(token: string): Promise<void> {
  const id = token.split(".")[0] ?? "";
  if (!ID.test(id)) return;
  await Promise.all([fs.rm(file(id, "csv"), { force: true }), fs.rm(file(id, "json"), { force: true })]);
}
