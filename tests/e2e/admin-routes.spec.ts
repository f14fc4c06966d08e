// Walks every page of the staff area as anonymous, CONSULTANT, EDITOR and
// ADMIN and checks the allowed/denied matrix against roles.ts: anonymous
// visitors are sent to sign-in, a role without the permission gets a 404, a
// role with it gets the page. Pages are found on disk, so a new page that is
// not in ROUTES below fails the suite until someone decides who may open it.
// (Server actions and admin route handlers have the same matrix in
// tests/integration/authz-matrix.test.ts.)
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test";
import pg from "pg";
import { can, type Permission, type Role } from "../../lib/auth/roles";
import { signInAs, useOwnClientAddress } from "./support/helpers";

const ADMIN_DIR = path.resolve(import.meta.dirname, "..", "..", "app", "[locale]", "(admin)", "admin");

/** Route pattern (as on disk, relative to /admin) → the permission it demands. */
const ROUTES: Record<string, Permission> = {
  "": "staff",
  audit: "users:manage",
  calls: "content:read",
  "calls/new": "content:write",
  "calls/[id]": "content:read",
  consultations: "consultations:manage",
  "consultations/[id]": "consultations:manage",
  contacts: "content:read",
  "contacts/new": "content:write",
  "contacts/[id]": "content:read",
  import: "content:write",
  innovations: "content:read",
  "innovations/new": "content:write",
  "innovations/[id]": "content:write",
  "innovations/[id]/preview": "content:read",
  mail: "consultations:manage",
  "mail/[file]": "consultations:manage",
  organisations: "content:read",
  "organisations/new": "content:write",
  "organisations/[id]": "content:read",
  programmes: "content:read",
  "programmes/new": "content:write",
  "programmes/[id]": "content:read",
  projects: "content:read",
  "projects/new": "content:write",
  "projects/[id]": "content:read",
  resources: "content:read",
  "resources/new": "content:write",
  "resources/[id]": "content:read",
  reviews: "content:read",
  "reviews/[year]": "content:read",
  "reviews/[year]/preview": "content:read",
  "reviews/[year]/reports": "content:read",
  "reviews/[year]/reports/[id]": "content:read",
  slots: "consultations:manage",
  submissions: "content:read",
  "submissions/[id]": "content:read",
  synonyms: "content:read",
  "synonyms/[id]": "content:write",
  users: "users:manage",
  "users/new": "users:manage",
  "users/[id]": "users:manage",
  vocabularies: "content:read",
  "vocabularies/[vocabulary]": "content:read",
  "vocabularies/[vocabulary]/[termId]": "content:write",
};

function pagesOnDisk(dir = ADMIN_DIR, prefix = ""): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "page.tsx" ? [prefix] : [];
    if (!entry.isDirectory() || entry.name.startsWith("_")) return [];
    return pagesOnDisk(path.join(dir, entry.name), prefix ? `${prefix}/${entry.name}` : entry.name);
  });
}

const ROUTE_WALK_ID = "e2eroutewalk"; // shaped like our ids (pages refuse others)

/** Values for dynamic segments: real records, so an allowed role gets a 200 and not a 404. */
async function fixtures(): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const first = async (sql: string) => (await client.query<{ id: string }>(sql)).rows[0]?.id ?? "missing";
    await client.query(
      `INSERT INTO "ConsultationRequest" (id, reference, name, email, topics, description, format, language, "updatedAt")
       VALUES ($1, 'K-2099-9999', 'Route Walk', 'route-walk@example.lv', '{}', 'A request that exists so its page can be opened.', 'online', 'lv', now())
       ON CONFLICT (id) DO NOTHING`,
      [ROUTE_WALK_ID],
    );
    await client.query(
      `INSERT INTO "Submission" (id, kind, payload, "submitterName", "submitterEmail", "updatedAt")
       VALUES ($1, 'CORRECTION', '{}', 'Route Walk', 'route-walk@example.lv', now()) ON CONFLICT (id) DO NOTHING`,
      [ROUTE_WALK_ID],
    );
    await client.query(
      `INSERT INTO "Contact" (id, name, "updatedAt") VALUES ($1, 'Route Walk', now()) ON CONFLICT (id) DO NOTHING`,
      [ROUTE_WALK_ID],
    );
    await client.query(
      `INSERT INTO "Project" (id, slug, "titleLv", "updatedAt") VALUES ($1, 'e2e-route-walk', 'Maršrutu pārbaude', now()) ON CONFLICT (id) DO NOTHING`,
      [ROUTE_WALK_ID],
    );
    await client.query(
      `INSERT INTO "SupporterReport" (id, "reviewId", "organisationId", "inviteEmail", "updatedAt")
       SELECT $1, r.id, o.id, 'route-walk@example.lv', now() FROM "AnnualReview" r, "Organisation" o
       WHERE r.year = 2025 AND 'supporter' = ANY(o.roles) ORDER BY o.slug LIMIT 1 ON CONFLICT (id) DO NOTHING`,
      [ROUTE_WALK_ID],
    );
    const mailDir = path.join(process.env.E2E_DATA_DIR ?? ".data", "mail");
    fs.mkdirSync(mailDir, { recursive: true });
    fs.writeFileSync(
      path.join(mailDir, "route-walk.eml"),
      "From: a@example.lv\r\nTo: b@example.lv\r\nSubject: Route walk\r\n\r\nBody\r\n",
    );
    return {
      "calls/[id]": await first(`SELECT id FROM "FundingCall" ORDER BY id LIMIT 1`),
      "consultations/[id]": ROUTE_WALK_ID,
      "contacts/[id]": ROUTE_WALK_ID,
      "innovations/[id]": await first(`SELECT id FROM "Innovation" ORDER BY id LIMIT 1`),
      "mail/[file]": "route-walk", // the URL leaves ".eml" out
      "organisations/[id]": await first(`SELECT id FROM "Organisation" ORDER BY id LIMIT 1`),
      "programmes/[id]": await first(`SELECT id FROM "FundingProgramme" ORDER BY id LIMIT 1`),
      "projects/[id]": ROUTE_WALK_ID,
      "resources/[id]": await first(`SELECT id FROM "Resource" ORDER BY id LIMIT 1`),
      "reviews/[year]": "2025",
      "reviews/[year]/reports/[id]": ROUTE_WALK_ID,
      "submissions/[id]": ROUTE_WALK_ID,
      "synonyms/[id]": await first(`SELECT id FROM "SynonymGroup" ORDER BY id LIMIT 1`),
      "users/[id]": await first(`SELECT id FROM "User" WHERE email = 'consultant@sikc.test'`),
      "vocabularies/[vocabulary]": "theme",
      "vocabularies/[vocabulary]/[termId]": await first(
        `SELECT id FROM "Term" WHERE vocabulary = 'THEME' ORDER BY id LIMIT 1`,
      ),
    };
  } finally {
    await client.end();
  }
}

/** "/admin/innovations/<id>/preview" for the pattern "innovations/[id]/preview". */
function urlFor(route: string, values: Record<string, string>): string {
  const parts = route.split("/").filter(Boolean);
  const filled = parts.map((part, i) => {
    if (!part.startsWith("[")) return part;
    const key = parts.slice(0, i + 1).join("/");
    const value = values[key];
    if (!value) throw new Error(`no fixture for ${key}: add one in fixtures()`);
    return encodeURIComponent(value);
  });
  return `/admin${filled.length ? `/${filled.join("/")}` : ""}`;
}

test("every staff page on disk is in the route table", () => {
  const unknown = pagesOnDisk().filter((route) => !(route in ROUTES));
  expect(unknown, "add these to ROUTES in tests/e2e/admin-routes.spec.ts with the permission they demand").toEqual([]);
  const stale = Object.keys(ROUTES).filter((route) => !pagesOnDisk().includes(route));
  expect(stale, "these routes no longer exist").toEqual([]);
});

test.describe("route matrix", () => {
  let values: Record<string, string> = {};
  test.beforeAll(async () => {
    values = await fixtures();
  });
  test.beforeEach(async ({ page }, testInfo) => useOwnClientAddress(page, testInfo, 140));

  test("anonymous visitors are sent to sign-in from every staff page", async ({ page }) => {
    const wrong: string[] = [];
    for (const route of pagesOnDisk()) {
      const url = urlFor(route, values);
      // the server's own redirect, read without rendering the sign-in page each time
      const response = await page.request.get(url, { maxRedirects: 0 });
      const location = response.headers()["location"];
      if (location !== undefined) {
        if (
          ![302, 303, 307, 308].includes(response.status()) ||
          new URL(location, "http://portal.invalid").pathname !== "/login"
        )
          wrong.push(`${url}: ${response.status()} to ${location}`);
        continue;
      }
      // a redirect after streaming began happens in the browser
      await page.goto(url);
      if (new URL(page.url()).pathname !== "/login") wrong.push(`${url}: ended on ${page.url()}`);
    }
    expect(wrong).toEqual([]);
  });

  const ROLE_LOGINS = { CONSULTANT: "consultant", EDITOR: "editor", ADMIN: "admin" } as const satisfies Record<
    Role,
    string
  >;
  for (const role of Object.keys(ROLE_LOGINS) as Role[]) {
    test(`${role} gets exactly the pages roles.ts allows`, async ({ page }) => {
      test.setTimeout(120_000);
      await signInAs(page, ROLE_LOGINS[role]);
      const mismatches: string[] = [];
      for (const route of pagesOnDisk()) {
        const url = urlFor(route, values);
        // the document's status as the server answers it (same cookies as the page), without loading its assets
        const response = await page.request.get(url);
        const status = response.status();
        const allowed = can(role, ROUTES[route]!);
        if (allowed ? status !== 200 : status !== 404)
          mismatches.push(`${url}: ${status}, expected ${allowed ? 200 : 404}`);
      }
      expect(mismatches).toEqual([]);
    });
  }
});
