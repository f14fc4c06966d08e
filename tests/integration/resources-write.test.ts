// The toolkit write layer: vocabulary keys checked, web links only, a file
// attached by upload id (one resource per file, replaced files removed with
// their bytes), and every change audited as before → after.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import { staffUser } from "../support/actions";
import { PDF, PNG } from "../support/upload-fixtures";

const dataDir = vi.hoisted(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- vi.hoisted runs before the imports
  const dir = require("node:fs").mkdtempSync(require("node:path").join(require("node:os").tmpdir(), "sikc-resources-"));
  process.env.DATA_DIR = dir;
  return dir as string;
});

const { db } = await import("@/lib/db");
const { saveUpload } = await import("@/lib/uploads/write");
const { createResource, deleteResource, duplicateResource, setResourcePublication, updateResource } =
  await import("@/lib/resources/write");

let editor: StaffUser;
const stamp = Date.now().toString(36);

beforeAll(async () => {
  editor = await staffUser("EDITOR");
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const upload = async (bytes: Buffer, name: string) => {
  const r = await saveUpload({ bytes: new Uint8Array(bytes), originalName: name, purpose: "file", actor: editor });
  if (!r.ok) throw new Error(r.error);
  return r.upload.id;
};
const resource = (extra: Record<string, unknown> = {}) => ({
  titleLv: `Dizaina darbnīcas metode ${stamp}`,
  type: "method",
  audiences: ["innovators"],
  stages: ["idea"],
  ...extra,
});
const storedPath = async (uploadId: string) =>
  path.join(dataDir, "uploads", (await db.upload.findUniqueOrThrow({ where: { id: uploadId } })).storageKey);

describe("resources", () => {
  it("are created as drafts with their file; a second resource cannot take the same file", async () => {
    const fileId = await upload(PDF, "metode.pdf");
    const created = await createResource(resource({ fileId, url: "https://example.lv/metode" }), editor);
    expect(created).toMatchObject({ ok: true, slug: `dizaina-darbnicas-metode-${stamp}` });
    if (!created.ok) return;
    expect(
      await db.resource.findUniqueOrThrow({ where: { id: created.id }, select: { publication: true, fileId: true } }),
    ).toEqual({ publication: "DRAFT", fileId });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Resource", entityId: created.id, action: "create" },
    });
    expect(audit.changes).toMatchObject({
      file: [null, expect.stringMatching(/^metode\.pdf \([0-9a-f]{12}\)$/)],
      type: [null, "method"],
    });

    expect(await createResource(resource({ fileId }), editor)).toEqual({
      ok: false,
      code: "invalid",
      fieldErrors: { fileId: ["curationCatalog.errors.fileIdTaken"] },
    });
  });

  it("refuse unknown vocabulary keys, a missing upload and non-web links", async () => {
    expect(
      await createResource(
        resource({
          type: "spell",
          audiences: ["ghosts"],
          fileId: "nosuchupload",
          url: "javascript:alert(1)",
          alternateUrls: "https://ok.lv\ndata:text/html,x",
        }),
        editor,
      ),
    ).toEqual({
      ok: false,
      code: "invalid",
      fieldErrors: { url: ["curationCatalog.errors.urlInvalid"], alternateUrls: ["curationCatalog.errors.urlInvalid"] },
    });
    expect(
      await createResource(resource({ type: "spell", audiences: ["ghosts"], fileId: "nosuchupload" }), editor),
    ).toEqual({
      ok: false,
      code: "invalid",
      fieldErrors: {
        type: ["curationCatalog.errors.resourceTypeRequired"],
        audiences: ["curationCatalog.errors.audienceInvalid"],
        fileId: ["curationCatalog.errors.fileInvalid"],
      },
    });
  });

  it("replace a file: the old upload row and its bytes are removed, the change audited", async () => {
    const first = await upload(PDF, "v1.pdf");
    const created = await createResource(resource({ titleLv: `Rīks ${stamp}`, type: "tool", fileId: first }), editor);
    if (!created.ok) throw new Error("create failed");
    const oldPath = await storedPath(first);
    expect(fs.existsSync(oldPath)).toBe(true);

    const second = await upload(PNG, "v2.png");
    expect(
      await updateResource(
        created.id,
        resource({ titleLv: `Rīks ${stamp}`, type: "tool", fileId: second, slug: created.slug }),
        editor,
      ),
    ).toMatchObject({ ok: true });
    expect(await db.upload.count({ where: { id: first } })).toBe(0);
    expect(fs.existsSync(oldPath)).toBe(false);
    const update = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Resource", entityId: created.id, action: "update" },
    });
    expect(Object.keys(update.changes as object)).toEqual(["file"]);
  });

  it("publish, duplicate without the file, and delete with the file", async () => {
    const fileId = await upload(PDF, "materials.pdf");
    const created = await createResource(
      resource({ titleLv: `Materiāls ${stamp}`, type: "guide", fileId, featured: "on" }),
      editor,
    );
    if (!created.ok) throw new Error("create failed");
    expect(await setResourcePublication(created.id, "PUBLISHED", editor)).toMatchObject({ ok: true, changed: true });
    expect(
      (await db.auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "publish" } })).changes,
    ).toEqual({ publication: ["DRAFT", "PUBLISHED"] });

    const copy = await duplicateResource(created.id, editor);
    if (!copy.ok) throw new Error("copy failed");
    expect(
      await db.resource.findUniqueOrThrow({
        where: { id: copy.id },
        select: { fileId: true, publication: true, featured: true, type: true },
      }),
    ).toEqual({ fileId: null, publication: "DRAFT", featured: false, type: "guide" });

    const bytes = await storedPath(fileId);
    expect(await deleteResource(created.id, editor)).toEqual({ ok: true, id: created.id });
    expect(await db.upload.count({ where: { id: fileId } })).toBe(0);
    expect(fs.existsSync(bytes)).toBe(false);
    expect(
      (await db.auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "delete" } })).changes,
    ).toMatchObject({ titleLv: [`Materiāls ${stamp}`, null] });
  });
});
