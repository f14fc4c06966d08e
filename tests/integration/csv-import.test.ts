// CSV import of innovations through the staff actions: a dry run reports each
// bad row by line and column and writes nothing; a clean file is queued and
// the worker imports every row in one go (either separator, with or without
// BOM), with audit entries and search-outbox rows; the stored file and the
// running job cannot be swapped or borrowed.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { StaffUser } from "@/lib/auth/session";
import { queuedForSearch } from "../support/search-queue";

// Stored uploads go to a directory of this file's own (set before lib/env loads).
await vi.hoisted(async () => {
  const [fs, os, path] = await Promise.all([import("node:fs"), import("node:os"), import("node:path")]);
  process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "sikc-import-"));
});

const { db } = await import("@/lib/db");
const { form, signInAs, staffUser } = await import("../support/actions");
const { makeInnovation, makeOrganisation } = await import("../support/factories");
const { checkImport, importStatus, runImport } = await import("@/lib/import/actions");
const { getBoss } = await import("@/lib/jobs/boss");
const { handleImportJob, startImportWorker } = await import("@/lib/import/jobs");
const { initialImportState } = await import("@/lib/import/form-state");
type State = Awaited<ReturnType<typeof checkImport>>;

const users: Partial<Record<"ADMIN" | "EDITOR" | "CONSULTANT", StaffUser>> = {};
beforeAll(async () => {
  for (const role of ["ADMIN", "EDITOR", "CONSULTANT"] as const) users[role] = await staffUser(role);
  // the worker's import handler, as `npm start` runs it beside the web server
  await startImportWorker(await getBoss(), { pollingIntervalSeconds: 0.5 });
});
beforeEach(async () => {
  await signInAs(users.EDITOR!);
});

const HEADER = [
  "slug",
  "titleLv",
  "titleEn",
  "summaryLv",
  "stage",
  "status",
  "themes",
  "region",
  "implementers",
  "links",
];
let n = 0;
const unique = () => `${Date.now().toString(36)}-${++n}`;

function row(over: Record<string, string> = {}) {
  const id = unique();
  return {
    slug: `imp-${id}`,
    titleLv: `Importēta inovācija ${id}`,
    titleEn: "",
    summaryLv: "Īss apraksts; ar semikolu, un komatu",
    stage: "pilot",
    status: "active",
    themes: "education|health",
    region: "latgale",
    implementers: "sif",
    links: "https://example.lv Mājaslapa",
    ...over,
  };
}

function csv(rows: Record<string, string>[], delimiter: ";" | ",", bom = false, header = HEADER) {
  const quote = (v: string) => (/[";,\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [header.join(delimiter), ...rows.map((r) => header.map((h) => quote(r[h] ?? "")).join(delimiter))];
  return `${bom ? "\uFEFF" : ""}${lines.join("\r\n")}\r\n`;
}

const check = (text: string | Uint8Array<ArrayBuffer>, kind = "innovations") =>
  checkImport(initialImportState, form({ kind, file: new File([text], "inovacijas.csv") }));
const ok = (s: State) => {
  if ("error" in s) throw new Error(`denied: ${s.error}`);
  return s;
};
const count = () => db.innovation.count();

/** Asks how a queued import went until the worker has an answer (or 30 s pass), as the page does. */
async function outcomeOf(queued: State) {
  let state = ok(queued);
  for (let i = 0; state.phase === "running" && i < 300; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    state = ok(await importStatus(state, form({ jobId: state.job!.id, fileName: state.job!.fileName })));
  }
  return state;
}

const importAndWait = async (checked: State) =>
  outcomeOf(await runImport(ok(checked), form({ token: ok(checked).token ?? "" })));

describe("dry run", () => {
  it("a file with one bad row imports nothing and names that row's line and column", async () => {
    const before = await count();
    const rows = [row(), row({ stage: "no-such-stage" }), row({ titleLv: "" })];
    const state = ok(await check(csv(rows, ";")));
    expect(state.phase).toBe("checked");
    expect(state.token).toBeNull();
    expect(state.report?.rows).toBe(3);
    expect(state.report?.issues).toEqual([
      { line: 3, column: "stage", messages: ["curationInnovations.errors.stageInvalid"] },
      { line: 4, column: "titleLv", messages: ["curationInnovations.errors.titleRequired"] },
    ]);
    expect(await count()).toBe(before);
    // no token, so nothing can be imported from this check
    expect(ok(await runImport(state, form({ token: "" }))).problem).toBe("expired");
    expect(await count()).toBe(before);
  });

  it("counts lines as an editor shows them when a quoted cell spans lines", async () => {
    const text = csv([row({ summaryLv: "pirmā rinda\notrā rinda" }), row({ region: "atlantida" })], ",");
    const state = ok(await check(text));
    expect(state.report?.issues).toEqual([
      { line: 4, column: "region", messages: ["curationInnovations.errors.regionInvalid"] },
    ]);
  });

  it("reports duplicates of existing slugs and slugs repeated in the file, and unknown organisations", async () => {
    const existing = await makeInnovation();
    const twice = row();
    const state = ok(
      await check(
        csv(
          [row({ slug: existing.slug }), twice, { ...row(), slug: twice.slug }, row({ supporters: "nav-tadas" })],
          ";",
          false,
          [...HEADER, "supporters"],
        ),
      ),
    );
    expect(state.report?.issues).toEqual([
      { line: 2, column: "slug", messages: ["audit.import.errors.slugExists"] },
      { line: 4, column: "slug", messages: ["audit.import.errors.slugRepeated"] },
      { line: 5, column: "supporters", messages: ["curationInnovations.errors.organisationUnknown"] },
    ]);
  });

  it("reports a wrong header on line 1 and stops there", async () => {
    const state = ok(await check("titleLv;summaryLv;colour\nA;B;red\n"));
    expect(state.report?.issues).toEqual([
      { line: 1, column: "colour", messages: ["audit.import.errors.unknownColumn"] },
      { line: 1, column: "stage", messages: ["audit.import.errors.missingColumn"] },
      { line: 1, column: "status", messages: ["audit.import.errors.missingColumn"] },
    ]);
  });

  it("refuses files that are not UTF-8 text CSV, too many rows, or none", async () => {
    const latin = new Uint8Array([
      ...new TextEncoder().encode("titleLv;summaryLv;stage;status\n"),
      0xe0,
      0x3b,
      0x61,
      0x0a,
    ]);
    expect(ok(await check(latin)).report?.problem).toEqual({ code: "notUtf8" });
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, ...new Array(40).fill(0)]);
    expect(ok(await check(zip)).problem).toBe("notCsv");
    const many = csv(
      Array.from({ length: 5001 }, () => ({ titleLv: "x" })),
      ";",
    );
    expect(ok(await check(many)).report?.problem).toEqual({ code: "tooManyRows", maxRows: 5000 });
    expect(ok(await check(csv([], ";"))).report?.problem).toEqual({ code: "noRows" });
    expect(ok(await checkImport(initialImportState, form({ kind: "innovations" }))).problem).toBe("fileRequired");
  });

  it("is for content:write only", async () => {
    await signInAs(users.CONSULTANT!);
    expect(await check(csv([row()], ";"))).toEqual({ ok: false, error: "forbidden" });
  });
});

describe("import", () => {
  it.each([
    [";", false],
    [",", false],
    [";", true],
    [",", true],
  ] as const)(
    "imports every row of a valid file (separator %s, BOM %s) with audit entries and outbox rows",
    async (delimiter, bom) => {
      const before = await count();
      const rows = [row(), row({ slug: "", titleEn: "Imported innovation" }), row({ implementers: "", links: "" })];
      const checked = ok(await check(csv(rows, delimiter, bom)));
      expect(checked.report).toMatchObject({ rows: 3, delimiter, bom, problem: null, issues: [] });
      expect(checked.token).toMatch(/^[a-f0-9]{32}\./);
      expect(await count()).toBe(before);

      const queued = ok(await runImport(checked, form({ token: checked.token! })));
      expect(queued).toMatchObject({ phase: "running", job: { fileName: "inovacijas.csv" }, problem: null });
      const done = await outcomeOf(queued);
      expect(done).toMatchObject({ phase: "imported", created: 3, problem: null });
      expect(await count()).toBe(before + 3);
      const first = await db.innovation.findUniqueOrThrow({
        where: { slug: rows[0]!.slug },
        select: {
          id: true,
          source: true,
          publication: true,
          themes: true,
          summaryLv: true,
          organisations: { select: { role: true } },
          links: { select: { url: true, labelLv: true } },
        },
      });
      expect(first).toMatchObject({
        source: "IMPORT",
        publication: "DRAFT",
        themes: ["education", "health"],
        summaryLv: "Īss apraksts; ar semikolu, un komatu",
      });
      expect(first.organisations).toEqual([{ role: "IMPLEMENTER" }]);
      expect(first.links).toEqual([{ url: "https://example.lv", labelLv: "Mājaslapa" }]);
      expect(
        await db.auditLog.count({ where: { entityType: "Innovation", entityId: first.id, action: "create" } }),
      ).toBe(1);
      expect(await queuedForSearch([first.id])).toEqual([first.id]);
      const entry = await db.auditLog.findFirstOrThrow({
        where: { action: "import", actorId: users.EDITOR!.id },
        orderBy: { at: "desc" },
      });
      expect(entry).toMatchObject({
        entityType: "Innovation",
        changes: { rows: 3, fileName: "inovacijas.csv", delimiter },
      });

      // the stored file is gone: the same token cannot import twice
      expect(ok(await runImport(checked, form({ token: checked.token! }))).problem).toBe("expired");
      expect(await count()).toBe(before + 3);
    },
  );

  it("only the person who started an import can ask how it went", async () => {
    const checked = ok(await check(csv([row()], ";")));
    const queued = ok(await runImport(checked, form({ token: checked.token! })));
    expect(queued.phase).toBe("running");
    await signInAs(users.ADMIN!);
    expect(
      ok(await importStatus(queued, form({ jobId: queued.job!.id, fileName: queued.job!.fileName }))),
    ).toMatchObject({ phase: "idle", problem: "expired" });
    await signInAs(users.EDITOR!);
    expect(ok(await importStatus(queued, form({ jobId: "not-a-job", fileName: "x.csv" })))).toMatchObject({
      problem: "expired",
    });
    expect(await outcomeOf(queued)).toMatchObject({ phase: "imported", created: 1 });
  });

  it("the worker refuses a file that is not the requester's (or no longer stored) and writes nothing", async () => {
    const before = await count();
    const checked = ok(await check(csv([row()], ";")));
    const job = { token: checked.token!, userId: users.ADMIN!.id, email: null, ip: null };
    expect(await handleImportJob(job)).toEqual({ ok: false, report: null, problem: "expired" });
    expect(await count()).toBe(before);
  });

  it("a token does not work for another person or with a changed signature", async () => {
    const checked = ok(await check(csv([row()], ";")));
    await signInAs(users.ADMIN!);
    expect(ok(await runImport(checked, form({ token: checked.token! }))).problem).toBe("expired");
    await signInAs(users.EDITOR!);
    const forged = `${checked.token!.split(".")[0]}.${"A".repeat(43)}`;
    expect(ok(await runImport(checked, form({ token: forged }))).problem).toBe("expired");
  });

  it("checks again at import time: a slug taken since the dry run rolls everything back", async () => {
    const before = await count();
    const rows = [row(), row()];
    const checked = ok(await check(csv(rows, ";")));
    await db.innovation.create({
      data: { slug: rows[1]!.slug, titleLv: "Pa vidu", summaryLv: "x", stage: "idea", status: "active" },
    });
    const done = await importAndWait(checked);
    expect(done.phase).toBe("checked");
    expect(done.report?.issues).toEqual([{ line: 3, column: "slug", messages: ["audit.import.errors.slugExists"] }]);
    expect(await count()).toBe(before + 1);
    expect(await db.innovation.count({ where: { slug: rows[0]!.slug } })).toBe(0);
  });
});

describe("organisations", () => {
  const ORG_HEADER = ["nameLv", "slug", "type", "roles", "supportTypes", "website", "publicEmails"];
  const org = (over: Record<string, string> = {}) => {
    const id = unique();
    return {
      nameLv: `Importēta biedrība ${id}`,
      slug: `org-${id}`,
      type: "ngo",
      roles: "supporter|funder",
      supportTypes: "grants",
      website: "https://example.lv",
      publicEmails: "info@example.lv",
      ...over,
    };
  };

  it("reports a bad row by line and column and writes nothing; a valid file imports every row", async () => {
    const before = await db.organisation.count();
    const bad = ok(
      await check(
        csv([org(), org({ type: "nav-tada" }), org({ website: "javascript:alert(1)" })], ",", true, ORG_HEADER),
        "organisations",
      ),
    );
    expect(bad.report?.issues.map((i) => [i.line, i.column])).toEqual([
      [3, "type"],
      [4, "website"],
    ]);
    expect(bad.token).toBeNull();
    expect(await db.organisation.count()).toBe(before);

    const rows = [org(), org({ slug: "" })];
    const checked = ok(await check(csv(rows, ";", false, ORG_HEADER), "organisations"));
    expect(checked.report?.issues).toEqual([]);
    const done = await importAndWait(checked);
    expect(done).toMatchObject({ phase: "imported", created: 2, kind: "organisations" });
    expect(await db.organisation.count()).toBe(before + 2);
    expect(
      await db.organisation.findUniqueOrThrow({ where: { slug: rows[0]!.slug }, select: { roles: true } }),
    ).toEqual({ roles: ["supporter", "funder"] });
    expect(await db.auditLog.count({ where: { action: "import", entityType: "Organisation" } })).toBe(1);
  });

  it("reports an existing organisation's slug", async () => {
    const existing = await makeOrganisation();
    const state = ok(await check(csv([org({ slug: existing.slug })], ";", false, ORG_HEADER), "organisations"));
    expect(state.report?.issues).toEqual([{ line: 2, column: "slug", messages: ["audit.import.errors.slugExists"] }]);
  });
});
