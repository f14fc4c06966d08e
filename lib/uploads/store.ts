// Where upload bytes live. The interface is what an S3-compatible store would
// implement later (put/get/delete by key); today the only implementation
// writes under DATA_DIR/uploads (README "Configuration").
//
// Keys are made here from a random id, the date and the detected type's
// extension, never from anything the uploader sent, and every key is checked
// against KEY_PATTERN before it touches the file system, so no path part is
// user-controlled and "../" cannot occur.
import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { dataPath } from "@/lib/env";

export interface UploadStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or null when no object has that key. */
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

const KEY_PATTERN = /^\d{4}\/\d{2}\/[0-9a-f]{32}\.[a-z0-9]{2,5}$/;

function isStorageKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** "2026/11/<32 hex>.pdf": spread over month folders so none grows huge. */
export function newStorageKey(ext: string, now = new Date()): string {
  if (!/^[a-z0-9]{2,5}$/.test(ext)) throw new Error(`bad extension ${ext}`);
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `${now.getUTCFullYear()}/${month}/${crypto.randomBytes(16).toString("hex")}.${ext}`;
}

export class LocalDiskStore implements UploadStore {
  constructor(private readonly root: string) {}

  /** The absolute path of a key; throws for anything but a well-formed key inside the root. */
  pathOf(key: string): string {
    if (!isStorageKey(key)) throw new Error("invalid storage key");
    const root = path.resolve(this.root);
    const full = path.resolve(root, key);
    if (!full.startsWith(root + path.sep)) throw new Error("invalid storage key");
    return full;
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const full = this.pathOf(key);
    await fs.mkdir(path.dirname(full), { recursive: true });
    // "wx": never overwrite; keys are random, so a collision means a bug.
    await fs.writeFile(full, bytes, { flag: "wx", mode: 0o640 });
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }
}

let defaultStore: UploadStore | undefined;

/** The configured store: DATA_DIR/uploads (an S3-compatible store would be chosen here from env). */
export function uploadStore(): UploadStore {
  defaultStore ??= new LocalDiskStore(dataPath("uploads"));
  return defaultStore;
}
