// Spreadsheet formula injection (OWASP "CSV injection"): a title a submitter
// chose must come out of every CSV as text, never as a formula, whichever of
// the trigger characters = + - @ TAB CR it starts with.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { parse } from "csv-parse/sync";
import { GET as staffExport } from "@/app/api/admin/innovations/export/route";
import { GET as openDataCsv } from "@/app/api/v1/innovations.csv/route";
import type { StaffUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

const session = vi.hoisted(() => ({ user: null as StaffUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));

const TITLES = ['=HYPERLINK("http://evil.example")', "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1", "\r=1"];

beforeAll(async () => {
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@sikc.test" } });
  session.user = { id: admin.id, email: admin.email, name: admin.name, role: admin.role };
  const published = await db.innovation.findMany({
    where: { publication: "PUBLISHED" },
    orderBy: { slug: "asc" },
    take: TITLES.length,
    select: { id: true },
  });
  for (const [i, row] of published.entries())
    await db.innovation.update({ where: { id: row.id }, data: { titleLv: TITLES[i]! } });
});

/** The titleLv cells of a CSV body (BOM and header dropped). */
async function titleCells(response: Response): Promise<string[]> {
  expect(response.status).toBe(200);
  const text = (await response.text()).replace(/^\uFEFF/, "");
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  return rows.map((r) => r.titleLv!);
}

function expectDefused(cells: string[]) {
  for (const title of TITLES) expect(cells).toContain(`'${title}`);
  for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
}

describe("CSV formula guard", () => {
  it("defuses every trigger character in the open-data CSV", async () => {
    expectDefused(await titleCells(await openDataCsv(new Request("http://portal.test/api/v1/innovations.csv"))));
  });

  it("defuses every trigger character in the staff export", async () => {
    expectDefused(
      await titleCells(await staffExport(new Request("http://portal.test/api/admin/innovations/export?format=csv"))),
    );
  });
});
