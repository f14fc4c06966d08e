// Uploads as staff and visitors meet them: real documents and images are
// accepted; executables and scripts are refused whatever their name says;
// oversize files are refused with their kind's limit; no upload can write
// outside the upload root; files are served with the stored type and only
// published records' files are public.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import { ELF, padded, PDF, PE, PNG, SHELL_SCRIPT, SVG_WITH_SCRIPT } from "../support/upload-fixtures";

// Uploads of this file go to a directory of its own, never the developer's .data/.
const dataDir = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- vi.hoisted runs before the imports
  const dir = require("node:fs").mkdtempSync(require("node:path").join(require("node:os").tmpdir(), "sikc-uploads-"));
  process.env.DATA_DIR = dir;
  return dir as string;
});

const { db } = await import("@/lib/db");
const { signInAs } = await import("../support/actions");
const { saveUpload } = await import("@/lib/uploads/write");
const { LocalDiskStore, uploadStore } = await import("@/lib/uploads/store");
const { GET } = await import("@/app/api/uploads/[id]/route");
const { handleRetentionJob } = await import("@/lib/jobs/retention");
const { POST } = await import("@/app/api/admin/uploads/route");

const MB = 1024 * 1024;
const users: Record<string, StaffUser> = {};
let editor: StaffUser;

beforeAll(async () => {
  for (const u of await db.user.findMany({ where: { email: { endsWith: "@sikc.test" } } }))
    users[u.role] = { id: u.id, email: u.email, name: u.name, role: u.role };
  editor = users.EDITOR!;
});
beforeEach(async () => {
  await signInAs(null);
});
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const save = (bytes: Buffer, originalName: string, purpose: "file" | "cover" = "file") =>
  saveUpload({ bytes: new Uint8Array(bytes), originalName, purpose, actor: editor });

const get = (id: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/api/uploads/${id}`, { headers }), { params: Promise.resolve({ id }) });

function multipart(bytes: Buffer, name: string, purpose = "file"): Request {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], name));
  form.set("purpose", purpose);
  return new Request("http://localhost/api/admin/uploads", { method: "POST", body: form });
}

describe("what is accepted", () => {
  it("stores a real PDF with its detected type, size, checksum and an audit entry", async () => {
    const result = await save(PDF, "Metodes apraksts.pdf");
    expect(result).toMatchObject({
      ok: true,
      upload: {
        mimeType: "application/pdf",
        kind: "document",
        sizeBytes: PDF.length,
        originalName: "Metodes apraksts.pdf",
      },
    });
    if (!result.ok) return;
    const row = await db.upload.findUniqueOrThrow({ where: { id: result.upload.id } });
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(row.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f]{32}\.pdf$/);
    expect(fs.readFileSync(path.join(dataDir, "uploads", row.storageKey))).toEqual(PDF);
    const audit = await db.auditLog.findFirst({ where: { entityType: "Upload", entityId: row.id } });
    expect(audit).toMatchObject({ action: "create", actorId: editor.id });
  });

  it("stores a real PNG, also as a cover image, whatever extension the name has", async () => {
    expect(await save(PNG, "cover.PNG", "cover")).toMatchObject({
      ok: true,
      upload: { mimeType: "image/png", kind: "image" },
    });
    expect(await save(PNG, "bilde-bez-paplasinajuma")).toMatchObject({ ok: true, upload: { mimeType: "image/png" } });
  });
});

describe("what is refused", () => {
  it.each([
    ["a Linux executable renamed to .pdf", ELF, "atskaite.pdf"],
    ["a Windows executable renamed to .pdf", PE, "invoice.pdf"],
    ["a shell script renamed to .pdf", SHELL_SCRIPT, "script.pdf"],
    ["an SVG (it can carry script)", SVG_WITH_SCRIPT, "logo.svg"],
  ])("%s", async (_label, bytes, name) => {
    const before = await db.upload.count();
    expect(await save(bytes, name)).toEqual({ ok: false, error: "type" });
    expect(await db.upload.count()).toBe(before);
  });

  it("refuses a document as a cover image", async () => {
    expect(await save(PDF, "cover.png", "cover")).toEqual({ ok: false, error: "notImage" });
  });

  it("refuses an empty file", async () => {
    expect(await save(Buffer.alloc(0), "empty.pdf")).toEqual({ ok: false, error: "empty" });
  });

  it("refuses an image over 5 MB and a document over 20 MB, naming the limit", async () => {
    expect(await save(padded(PNG, 5 * MB + 1), "big.png")).toEqual({ ok: false, error: "tooLarge", limitMb: 5 });
    expect(await save(padded(PDF, 20 * MB + 1), "big.pdf")).toEqual({ ok: false, error: "tooLarge", limitMb: 20 });
    // a 6 MB PDF is fine: the image limit does not apply to documents
    expect(await save(padded(PDF, 6 * MB), "ok.pdf")).toMatchObject({ ok: true });
  });
});

describe("storage keys", () => {
  it("never use the uploaded name, so a traversal name stays a display name", async () => {
    const result = await save(PDF, "../../../etc/passwd.pdf");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await db.upload.findUniqueOrThrow({ where: { id: result.upload.id } });
    expect(row.originalName).toBe("passwd.pdf");
    expect(row.storageKey).not.toContain("..");
    expect(fs.existsSync(path.join(dataDir, "uploads", row.storageKey))).toBe(true);
  });

  it("are refused by the store unless well-formed and inside the root", async () => {
    const store = new LocalDiskStore(path.join(os.tmpdir(), "sikc-store-root"));
    for (const key of [
      "../outside.pdf",
      "2026/11/../../x.pdf",
      "/etc/passwd",
      "2026/11/abc.pdf",
      `2026/11/${"a".repeat(32)}.pdf/..`,
    ]) {
      await expect(store.put(key, new Uint8Array([1]))).rejects.toThrow("invalid storage key");
      await expect(store.get(key)).rejects.toThrow("invalid storage key");
    }
  });
});

describe("POST /api/admin/uploads", () => {
  it("accepts a PDF from an editor and refuses a renamed executable with a reason", async () => {
    await signInAs(editor);
    const ok = await POST(multipart(PDF, "materials.pdf"));
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ ok: true, upload: { mimeType: "application/pdf" } });
    const refused = await POST(multipart(ELF, "materials.pdf"));
    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({ ok: false, error: "type" });
  });

  it("refuses a body over the largest limit without storing anything", async () => {
    await signInAs(editor);
    const before = await db.upload.count();
    const response = await POST(multipart(padded(PDF, 22 * MB), "huge.pdf"));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, error: "tooLarge", limitMb: 20 });
    expect(await db.upload.count()).toBe(before);
  });

  it("refuses consultants and cross-site posts", async () => {
    await signInAs(users.CONSULTANT!);
    expect((await POST(multipart(PDF, "a.pdf"))).status).toBe(403);
    await signInAs(editor);
    const req = multipart(PDF, "a.pdf");
    const crossSite = new Request(req, {
      headers: { ...Object.fromEntries(req.headers), origin: "https://evil.example" },
    });
    expect((await POST(crossSite)).status).toBe(403);
  });
});

describe("GET /api/uploads/{id}", () => {
  it("serves a draft's file only to staff, with the stored type, nosniff and attachment for documents", async () => {
    const result = await save(PDF, "Ceļvedis.pdf");
    if (!result.ok) throw new Error("upload failed");
    const id = result.upload.id;
    await db.resource.create({
      data: { slug: `draft-${id}`, titleLv: "Melnraksts", type: "method", publication: "DRAFT", fileId: id },
    });

    expect((await get(id)).status).toBe(401);
    await signInAs(users.CONSULTANT!);
    const response = await get(id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Celvedis.pdf"; filename*=UTF-8''Ce%C4%BCvedis.pdf`,
    );
    expect(response.headers.get("cache-control")).toBe("private, no-cache");
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF);
    const etag = response.headers.get("etag")!;
    expect((await get(id, { "if-none-match": etag })).status).toBe(304);
  });

  it("serves a published record's image to anyone, inline and cacheable", async () => {
    const result = await save(PNG, "vaks.png");
    if (!result.ok) throw new Error("upload failed");
    const id = result.upload.id;
    await db.resource.create({
      data: { slug: `pub-${id}`, titleLv: "Publicēts", type: "method", publication: "PUBLISHED", fileId: id },
    });
    const response = await get(id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-disposition")).toMatch(/^inline; /);
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
  });

  it("answers 404 for an unknown or malformed id", async () => {
    expect((await get("nosuchupload0000000000")).status).toBe(404);
    expect((await get("..%2F..%2Fetc%2Fpasswd")).status).toBe(404);
  });

  it("keeps the default store under DATA_DIR/uploads", () => {
    expect((uploadStore() as InstanceType<typeof LocalDiskStore>).pathOf(`2026/01/${"0".repeat(32)}.pdf`)).toBe(
      path.join(dataDir, "uploads", "2026", "01", `${"0".repeat(32)}.pdf`),
    );
  });
});

describe("the nightly clean-up of uploads no record took", () => {
  const HOUR = 3600_000;
  /** An upload saved `hoursAgo` hours ago (its row backdated), with its bytes on disk. */
  async function uploadedAgo(hoursAgo: number, name: string) {
    const result = await save(PDF, name);
    if (!result.ok) throw new Error("upload failed");
    const row = await db.upload.update({
      where: { id: result.upload.id },
      data: { createdAt: new Date(Date.now() - hoursAgo * HOUR) },
    });
    return { id: row.id, file: path.join(dataDir, "uploads", row.storageKey) };
  }

  it("deletes a file chosen in a form that was never saved once it is a day old, with an audit entry, and keeps the rest", async () => {
    const abandoned = await uploadedAgo(25, "pamests.pdf");
    const fresh = await uploadedAgo(23, "tikko.pdf");
    const attached = await uploadedAgo(24 * 30, "pievienots.pdf");
    await db.resource.create({
      data: {
        slug: `att-${attached.id}`,
        titleLv: "Ar failu",
        type: "method",
        publication: "DRAFT",
        fileId: attached.id,
      },
    });

    const result = await handleRetentionJob();
    expect(result.uploadsDeleted).toBeGreaterThanOrEqual(1);
    expect(await db.upload.findUnique({ where: { id: abandoned.id } })).toBeNull();
    expect(fs.existsSync(abandoned.file)).toBe(false);
    expect(
      await db.auditLog.findFirst({ where: { entityType: "Upload", entityId: abandoned.id, action: "delete" } }),
    ).toMatchObject({
      actorId: null,
      changes: { originalName: ["pamests.pdf", null], reason: "unattached" },
    });
    for (const kept of [fresh, attached]) {
      expect(await db.upload.findUnique({ where: { id: kept.id } })).not.toBeNull();
      expect(fs.existsSync(kept.file)).toBe(true);
    }
  });

  it("leaves an old upload alone while a save is attaching it, so the save keeps its file", async () => {
    const old = await uploadedAgo(48, "saglabajas.pdf");
    let attach!: () => void;
    const attaching = new Promise<void>((resolve) => (attach = resolve));
    let created!: () => void;
    const rowWritten = new Promise<void>((resolve) => (created = resolve));
    // An editor's save, still open: its foreign-key check holds a share lock on the upload row.
    const save = db.$transaction(async (tx) => {
      await tx.resource.create({
        data: { slug: `race-${old.id}`, titleLv: "Sacensība", type: "method", publication: "DRAFT", fileId: old.id },
      });
      created();
      await attaching;
    });
    await rowWritten;
    await handleRetentionJob();
    attach();
    await save;
    expect(
      await db.resource.findUniqueOrThrow({ where: { slug: `race-${old.id}` }, select: { fileId: true } }),
    ).toEqual({ fileId: old.id });
    expect(fs.existsSync(old.file)).toBe(true);
  });
});
