// OpenAPI 3.1 description of the open-data API, built from the same
// constants the parser enforces, so limits and parameter names cannot drift.
import { FACETS, SORTS } from "@/lib/search/engine";
import { FACET_PARAMS, PAGE_MAX, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX, Q_MAX_LENGTH } from "@/lib/search/params";
import { MAX_QUERY_WORDS } from "@/lib/search/text";
import { LICENSE } from "./license";
import { CSV_COLUMNS } from "./shape";

const nullable = (type: string) => ({ type: [type, "null"] });
const strings = { type: "array", items: { type: "string" } };

const FACET_HELP: Record<(typeof FACETS)[number], string> = {
  stage: "Stage key (Term vocabulary STAGE), e.g. pilot",
  theme: "Theme key (THEME)",
  targetGroup: "Target group key (TARGET_GROUP)",
  region: "Planning region key (REGION), e.g. latgale",
  status: "Status key (STATUS)",
  implementerType: "Organisation type of an implementer (ORGANISATION_TYPE)",
  supporter: "Slug of a supporting organisation",
  startYear: "Start year, e.g. 2021",
};

const listParameters = [
  {
    name: "q",
    in: "query",
    schema: { type: "string", maxLength: Q_MAX_LENGTH },
    description: `Free text in Latvian or English: every word must match, in any of its forms (Latvian inflections, English stems), with one typo per word of 5+ letters, or through the portal's synonyms; diacritics and case do not matter; the last word also matches as a prefix; titles rank above summaries, descriptions and the names of organisations, places, themes and target groups. Only the first ${MAX_QUERY_WORDS} words are searched; longer than ${Q_MAX_LENGTH} characters is a 400.`,
  },
  ...FACETS.map((f) => ({
    name: FACET_PARAMS[f],
    in: "query",
    description: `${FACET_HELP[f]}. Repeat the parameter or separate values with commas: values of one facet combine with OR, facets with AND.`,
    schema: strings,
    style: "form",
    explode: true,
  })),
  { name: "sort", in: "query", schema: { type: "string", enum: [...SORTS], default: "relevance" } },
  { name: "page", in: "query", schema: { type: "integer", minimum: 1, maximum: PAGE_MAX, default: 1 } },
  {
    name: "pageSize",
    in: "query",
    schema: { type: "integer", minimum: 1, maximum: PAGE_SIZE_MAX, default: PAGE_SIZE_DEFAULT },
  },
];

const innovation = {
  type: "object",
  required: ["slug", "titleLv", "summaryLv", "stage", "status", "themes", "targetGroups", "updatedAt", "url", "apiUrl"],
  properties: {
    slug: { type: "string" },
    titleLv: { type: "string" },
    titleEn: nullable("string"),
    summaryLv: { type: "string" },
    summaryEn: nullable("string"),
    stage: { type: "string" },
    status: { type: "string" },
    themes: strings,
    targetGroups: strings,
    region: nullable("string"),
    country: nullable("string"),
    startYear: nullable("integer"),
    updatedAt: { type: "string", format: "date-time" },
    url: { type: "string", format: "uri" },
    apiUrl: { type: "string", format: "uri" },
  },
};

const licenseFields = {
  license: { type: "string", const: LICENSE.name },
  licenseUrl: { type: "string", const: LICENSE.url },
  attribution: { type: "string" },
};

const error = (status: number) => ({
  description: status === 400 ? "Invalid parameter; `param` names it" : "Not found",
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});

const year = { name: "year", in: "path", required: true, schema: { type: "string", pattern: "^\\d{4}$" } };
const json = (description: string) => ({
  description,
  content: {
    "application/json": { schema: { type: "object", properties: { data: { type: "object" }, ...licenseFields } } },
  },
});

/** The annual ecosystem review: published reviews serve their frozen figures, the current year live ones. */
const reviewPaths = {
  "/api/v1/reviews": {
    get: { summary: "Published annual ecosystem reviews", responses: { 200: json("Years with links") } },
  },
  "/api/v1/reviews/{year}": {
    get: {
      summary:
        "Every figure of a year's review: the snapshot frozen at publication (status published), or the current year's live figures (status provisional); schemaVersion says the shape",
      parameters: [year],
      responses: {
        200: json("Figures, datasets with CSV/JSON links, coverage grid"),
        400: error(400),
        404: error(404),
      },
    },
  },
  "/api/v1/reviews/{year}/datasets/{file}": {
    get: {
      summary:
        "One dataset as <key>.csv (UTF-8 with BOM: key, label_lv, label_en, value, unit) or <key>.json; key-figures is the review's headline numbers",
      parameters: [year, { name: "file", in: "path", required: true, schema: { type: "string" } }],
      responses: {
        200: {
          description: "The dataset",
          content: { "text/csv": { schema: { type: "string" } }, ...json("").content },
        },
        400: error(400),
        404: error(404),
      },
    },
  },
  "/api/v1/reviews/{year}/coverage.csv": {
    get: {
      summary:
        "The ecosystem coverage grid: one line per stage and support type, with the organisations and calls behind it",
      parameters: [year],
      responses: {
        200: { description: "CSV", content: { "text/csv": { schema: { type: "string" } } } },
        404: error(404),
      },
    },
  },
  "/api/v1/coverage.csv": {
    get: {
      summary:
        "The live coverage grid (published organisations, calls open now): one line per stage and support type, with the organisations and calls behind it",
      parameters: [
        {
          name: "region",
          in: "query",
          required: false,
          schema: { type: "string" },
          description: "A planning region key",
        },
        { name: "theme", in: "query", required: false, schema: { type: "string" }, description: "A THEME term key" },
      ],
      responses: {
        200: { description: "CSV", content: { "text/csv": { schema: { type: "string" } } } },
        400: error(400),
      },
    },
  },
};

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "SIKC social innovation database",
      version: "1.0.0",
      description: `Open data of Latvia's Social Innovation Competence Centre. ${LICENSE.name}: attribute "${LICENSE.attribution}".`,
      license: { name: LICENSE.name, url: LICENSE.url },
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/v1/innovations": {
        get: {
          summary: "Search published innovations, with disjunctive facet counts",
          parameters: listParameters,
          responses: {
            200: {
              description: "One page of results",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["data", "meta", "links", "license"],
                    properties: {
                      data: { type: "array", items: { $ref: "#/components/schemas/Innovation" } },
                      meta: {
                        type: "object",
                        properties: {
                          total: { type: "integer" },
                          page: { type: "integer" },
                          pageSize: { type: "integer" },
                          facets: {
                            type: "object",
                            description: "Per facet, value counts computed with that facet's own selection off",
                            properties: Object.fromEntries(
                              FACETS.map((f) => [f, { $ref: "#/components/schemas/FacetValues" }]),
                            ),
                          },
                        },
                      },
                      links: {
                        type: "object",
                        properties: { self: { type: "string" }, next: nullable("string"), prev: nullable("string") },
                      },
                      ...licenseFields,
                    },
                  },
                },
              },
            },
            400: error(400),
          },
        },
      },
      "/api/v1/innovations.csv": {
        get: {
          summary:
            "The same filtered view as CSV (UTF-8 with BOM, comma-separated, RFC 4180 quoting; up to 10 000 rows)",
          parameters: listParameters.filter((p) => p.name !== "page" && p.name !== "pageSize"),
          responses: {
            200: {
              description: `Columns: ${CSV_COLUMNS.join(", ")}. List cells are joined with "|".`,
              content: { "text/csv": { schema: { type: "string" } } },
            },
            400: error(400),
          },
        },
      },
      "/api/v1/innovations/{slug}": {
        get: {
          summary: "Every public field of one published innovation",
          parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            200: {
              description: "The innovation, with implementers, supporters, indicators, links and assessment",
              content: {
                "application/json": {
                  schema: { type: "object", properties: { data: { type: "object" }, ...licenseFields } },
                },
              },
            },
            404: error(404),
          },
        },
      },
      ...reviewPaths,
    },
    components: {
      schemas: {
        Innovation: innovation,
        FacetValues: {
          type: "array",
          items: { type: "object", properties: { value: { type: "string" }, count: { type: "integer" } } },
        },
        Error: {
          type: "object",
          properties: {
            error: {
              type: "object",
              properties: { status: { type: "integer" }, param: { type: "string" }, message: { type: "string" } },
            },
          },
        },
      },
    },
  };
}
