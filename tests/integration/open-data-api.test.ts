// The open-data route handlers, called directly with a Request.
import { describe, expect, it } from "vitest";
import { GET as list } from "@/app/api/v1/innovations/route";
import { GET as csv } from "@/app/api/v1/innovations.csv/route";
import { GET as detail } from "@/app/api/v1/innovations/[slug]/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { FACETS } from "@/lib/search/engine";

// absolute links name the public address, whatever address the request came by
const BASE = new URL(env.PUBLIC_URL).origin;
const get = (path: string) => list(new Request(`${BASE}/api/v1/innovations${path}`));
const published = () => db.innovation.count({ where: { publication: "PUBLISHED" } });

type ListBody = {
  data: { slug: string; stage: string; url: string }[];
  meta: { total: number; page: number; pageSize: number; facets: Record<string, { value: string; count: number }[]> };
  links: { self: string; next: string | null; prev: string | null };
  license: string;
  licenseUrl: string;
  attribution: string;
};

describe("GET /api/v1/innovations", () => {
  it("lists published innovations with meta, links, facets and the licence", async () => {
    const response = await get("?pageSize=5");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/public/);
    const body = (await response.json()) as ListBody;
    expect(body.meta.total).toBe(await published());
    expect(body.data).toHaveLength(5);
    expect(Object.keys(body.meta.facets).sort()).toEqual([...FACETS].sort());
    expect(body.links.next).toBe(`${BASE}/api/v1/innovations?page=2&pageSize=5`);
    // behind nginx a request reaches a process by its loopback port: links still name the public address
    const behind = (await (
      await list(new Request("http://127.0.0.1:3002/api/v1/innovations?pageSize=5"))
    ).json()) as ListBody;
    expect(behind.links.next).toBe(body.links.next);
    expect(JSON.stringify(behind.data)).not.toContain("127.0.0.1");
    expect(body.links.prev).toBeNull();
    expect(body.license).toBe("CC BY 4.0");
    expect(body.licenseUrl).toMatch(/creativecommons\.org\/licenses\/by\/4\.0/);
    expect(body.attribution).toBeTruthy();
  });

  it("filters like the SQL count, in repeated and comma-separated form alike", async () => {
    const [a, b] = (
      await db.innovation.groupBy({ by: ["stage"], where: { publication: "PUBLISHED" }, _count: true })
    ).slice(0, 2);
    const expected = await db.innovation.count({
      where: { publication: "PUBLISHED", stage: { in: [a!.stage, b!.stage] } },
    });
    const repeated = (await (await get(`?stage=${a!.stage}&stage=${b!.stage}`)).json()) as ListBody;
    const comma = (await (await get(`?stage=${a!.stage},${b!.stage}`)).json()) as ListBody;
    expect(repeated.meta.total).toBe(expected);
    expect(comma.data.map((d) => d.slug)).toEqual(repeated.data.map((d) => d.slug));
  });

  it.each([
    ["?stage=not-a-stage", "stage"],
    ["?theme=health,nope", "theme"],
    ["?page=-1", "page"],
    ["?page=0", "page"],
    ["?page=99999999999999999999", "page"],
    ["?page=1.5", "page"],
    ["?pageSize=101", "pageSize"],
    ["?sort=random", "sort"],
    [`?q=${"a".repeat(10_000)}`, "q"],
    ["?q=%E0%A4%A", "q"],
    ["?q=%ZZ", "q"],
    ["?stage=x%20OR", "stage"],
    ["?stage=%22%20OR%201%3D1%20--", "stage"],
    ["?startYear=abc", "startYear"],
    ["?supporter=no-such-organisation", "supporter"],
    ["?q=a&q=b", "q"],
  ])("answers bad input %# with a 400 naming the parameter", async (path, param) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { param: string; message: string } };
    expect(body.error.param).toBe(param);
    expect(body.error.message).toContain(param);
  });

  it.each([
    ['?q="%20OR%201%3D1%20--'],
    ["?q=stage%20%3D%20x%20OR"],
    ["?q=%00%01"],
    ["?q=%F0%9F%98%80"],
    ["?utm_source=x"],
  ])("accepts %s as plain text (or ignores it) without a server error", async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
  });
});

describe("GET /api/v1/innovations.csv", () => {
  it("exports the filtered view as UTF-8 CSV with a BOM and RFC 4180 quoting", async () => {
    const response = await csv(new Request(`${BASE}/api/v1/innovations.csv`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.startsWith("slug,titleLv,titleEn,")).toBe(true);
    // Records start with a slug; quoted summaries may contain line breaks of their own.
    const records = text
      .split("\r\n")
      .slice(1)
      .filter((line) => /^[a-z0-9-]+,/.test(line));
    expect(records).toHaveLength(await published());
    expect(response.headers.get("x-total-count")).toBe(String(await published()));
    expect(text).toMatch(/ā|ē|ī|ū|š|ž/);
  });

  it("rejects bad parameters like the JSON endpoint", async () => {
    const response = await csv(new Request(`${BASE}/api/v1/innovations.csv?region=mars`));
    expect(response.status).toBe(400);
  });
});

describe("GET /api/v1/innovations/{slug}", () => {
  it.each(["\u0000", "a\u0000b", "../etc/passwd", "%C3%28", "x".repeat(300)])("answers 404 for %j", async (slug) => {
    const response = await detail(new Request(`${BASE}/api/v1/innovations/x`), { params: Promise.resolve({ slug }) });
    expect(response.status).toBe(404);
  });

  it("returns every public field of a published innovation", async () => {
    const one = await db.innovation.findFirstOrThrow({
      where: { publication: "PUBLISHED", organisations: { some: {} } },
    });
    const response = await detail(new Request(`${BASE}/api/v1/innovations/${one.slug}`), {
      params: Promise.resolve({ slug: one.slug }),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      data: { slug: string; titleLv: string; implementers: unknown[] };
      license: string;
    };
    expect(body.data.slug).toBe(one.slug);
    expect(body.data.titleLv).toBe(one.titleLv);
    expect(body.license).toBe("CC BY 4.0");
  });

  it("answers 404 JSON for an unknown or unpublished slug", async () => {
    const draft = await db.innovation.findFirstOrThrow();
    await db.innovation.update({ where: { id: draft.id }, data: { publication: "DRAFT" } });
    for (const slug of ["no-such-innovation", draft.slug, "x".repeat(5000)]) {
      const response = await detail(new Request(`${BASE}/api/v1/innovations/x`), { params: Promise.resolve({ slug }) });
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { status: number } }).error.status).toBe(404);
    }
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("describes the endpoints (innovations and the annual review) and every facet parameter in OpenAPI 3.1", async () => {
    const response = openapi();
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, { get: { parameters: { name: string }[] } }>;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/innovations",
        "/api/v1/innovations.csv",
        "/api/v1/innovations/{slug}",
        "/api/v1/reviews",
        "/api/v1/reviews/{year}",
        "/api/v1/reviews/{year}/datasets/{file}",
        "/api/v1/reviews/{year}/coverage.csv",
        "/api/v1/coverage.csv",
      ]),
    );
    expect(doc.paths["/api/v1/coverage.csv"]!.get.parameters.map((p) => p.name)).toEqual(["region", "theme"]);
    const names = doc.paths["/api/v1/innovations"]!.get.parameters.map((p) => p.name);
    for (const name of ["q", ...FACETS, "sort", "page", "pageSize"]) expect(names).toContain(name);
  });
});
