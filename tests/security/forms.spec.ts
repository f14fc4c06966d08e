// Every public form, posted as a browser without JavaScript posts it: a NUL
// (and other control characters) in each field is an error next to that
// field with everything else kept, never "try again later"; injection
// payloads in each field come back escaped or not at all; the few that pass
// validation are stored as the text that was typed and shown escaped to staff.
import crypto from "node:crypto";
import { test, expect, type APIRequestContext } from "@playwright/test";
import { criterionField, SIF_CRITERIA } from "@/lib/submissions/criteria";
import {
  actionForm,
  expectNoServerError,
  expectNotReflected,
  PAYLOADS,
  postForm,
  signIn,
  withDatabase,
} from "./support/probe";

test.describe.configure({ mode: "serial" });

const CONTROL_MESSAGE = "invisible control character";
const GENERIC_PROBLEM = "try again later";
const unique = () => crypto.randomBytes(4).toString("hex");

type Fields = Record<string, string | string[]>;
type FormCase = { path: string; textFields: string[]; base: () => Fields };

const FORMS: Record<string, FormCase> = {
  consultation: {
    path: "/en/consultations/request",
    textFields: ["name", "email", "phone", "organisationName", "description"],
    base: () => ({
      name: "Probe Person",
      email: `probe.${unique()}@example.lv`,
      phone: "+371 2000 0000",
      organisationName: "Probe Association",
      topics: ["funding"],
      description: "We would like to turn our pilot into a permanent service.",
      format: "online",
      language: "en",
      slotId: "contact-me",
      privacyAcknowledged: "on",
    }),
  },
  proposal: {
    path: "/en/submit",
    textFields: [
      "titleLv",
      "summaryLv",
      "problemLv",
      "solutionLv",
      "link",
      "organisationName",
      "selfAssessmentNote",
      "name",
      "email",
    ],
    base: () => ({
      titleLv: `Probe kitchen ${unique()}`,
      summaryLv: "Neighbours cook warm lunches together for lonely seniors.",
      problemLv: "Lonely seniors in the countryside often go without a warm meal.",
      solutionLv: "Volunteers cook and deliver lunches every day and stay for a talk.",
      link: "https://probe.example.lv",
      stage: "pilot",
      status: "active",
      themes: ["social-services"],
      targetGroups: ["seniors"],
      region: "latgale",
      organisationName: "Probe Association",
      selfAssessmentNote: "A note.",
      ...Object.fromEntries(SIF_CRITERIA.map((k) => [criterionField(k), "yes"])),
      name: "Probe Person",
      email: `probe.${unique()}@example.lv`,
      privacyAcknowledged: "on",
    }),
  },
  correction: {
    path: "/en/submit?kind=correction",
    textFields: ["innovation", "whatIsWrong", "proposedText", "sourceNote", "name", "email"],
    base: () => ({
      innovation: "", // filled with a published slug in beforeAll
      whatIsWrong: "The start year given is not right.",
      proposedText: "The project started in 2019.",
      sourceNote: "The annual report.",
      name: "Probe Person",
      email: `probe.${unique()}@example.lv`,
      privacyAcknowledged: "on",
    }),
  },
};

let publishedSlug = "";
const hidden: Record<string, Record<string, string>> = {};

test.beforeAll(async ({ request }) => {
  publishedSlug = await withDatabase(async (c) => {
    const { rows } = await c.query<{ slug: string }>(
      `SELECT slug FROM "Innovation" WHERE publication = 'PUBLISHED' ORDER BY slug LIMIT 1`,
    );
    return rows[0]!.slug;
  });
  for (const [name, form] of Object.entries(FORMS)) hidden[name] = await actionForm(request, form.path);
  // the forms' minimum fill time runs from the signed token in those hidden fields
  await new Promise((r) => setTimeout(r, 3_500));
});

function fieldsOf(name: string, overrides: Fields): Fields {
  const base = FORMS[name]!.base();
  if (name === "correction") base.innovation = publishedSlug;
  return { ...hidden[name], ...base, ...overrides };
}

const post = (request: APIRequestContext, name: string, overrides: Fields) =>
  // to the page's own address, query included, as a browser without JavaScript posts the form
  postForm(request, FORMS[name]!.path, fieldsOf(name, overrides));

for (const [name, form] of Object.entries(FORMS)) {
  test(`${name}: a control character in each field is an error by that field, the rest kept`, async ({ request }) => {
    test.setTimeout(180_000);
    for (const field of form.textFields) {
      for (const control of ["\u0000", "\u001b", "\u007f"]) {
        const base = fieldsOf(name, {});
        const response = await post(request, name, { [field]: `${String(base[field])}${control}x` });
        const what = `${name}.${field} with ${JSON.stringify(control)}`;
        expectNoServerError(response, what);
        expect(response.status(), what).toBe(200);
        // the markup only: the page also carries its messages (every error text) for its scripts
        const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/g, "");
        expect(html, what).not.toContain(GENERIC_PROBLEM);
        expect(html, what).toContain("Some fields need");
        // a format rule may speak first for an e-mail, a phone number, a link or an innovation's address
        if (!["email", "phone", "link", "innovation"].includes(field)) expect(html, what).toContain(CONTROL_MESSAGE);
        expect(html, `${what}: what was typed is kept`).toContain("Probe Person");
      }
    }
  });

  test(`${name}: injection payloads in each field never come back unescaped`, async ({ request }) => {
    test.setTimeout(300_000);
    const payloads = [...PAYLOADS.xss!, ...PAYLOADS.sql!.slice(0, 2), ...PAYLOADS.header!, PAYLOADS.shape![3]!];
    for (const field of [...form.textFields, "topics", "stage", "slotId", "locale", "formToken", "kind"]) {
      for (const payload of payloads) {
        // invalid on purpose alongside (a missing privacy tick), so nothing is stored and no rate limit is spent
        const response = await post(request, name, { [field]: payload, privacyAcknowledged: "" });
        const what = `${name}.${field}=${JSON.stringify(payload.slice(0, 40))}`;
        expectNoServerError(response, what);
        expect([200, 303, 400, 413], what).toContain(response.status());
        await expectNotReflected(response, what);
      }
    }
  });
}

test("payloads that pass validation are stored as typed, nothing else runs, and staff see them escaped", async ({
  request,
  playwright,
}) => {
  test.setTimeout(180_000);
  const marker = unique();
  const typed = {
    description: `SQL ${marker} '); DELETE FROM "Submission"; -- <script>alert('sikc-xss')</script>`,
    proposal: `XSS ${marker} "><img src=x onerror=alert("sikc-xss")> ${"$"}{7*7}`,
    correction: `CSV ${marker} -2+3+cmd|' /C calc'!A0`,
  };
  const usersBefore = await withDatabase(
    async (c) => (await c.query(`SELECT count(*)::int AS n FROM "User"`)).rows[0].n,
  );

  const consultation = await post(request, "consultation", { description: typed.description });
  expect(consultation.status(), await consultation.text()).toBe(303);
  const proposal = await post(request, "proposal", { titleLv: `Probe ${marker}`, summaryLv: typed.proposal });
  expect(proposal.status()).toBe(303);
  const correction = await post(request, "correction", { whatIsWrong: typed.correction });
  expect(correction.status()).toBe(303);

  await withDatabase(async (c) => {
    expect((await c.query(`SELECT count(*)::int AS n FROM "User"`)).rows[0].n).toBe(usersBefore);
    const request_ = await c.query(`SELECT description FROM "ConsultationRequest" WHERE description LIKE $1`, [
      `%${marker}%`,
    ]);
    expect(request_.rows.map((r) => r.description)).toEqual([typed.description]);
    const submissions = await c.query(`SELECT payload::text AS p FROM "Submission" WHERE payload::text LIKE $1`, [
      `%${marker}%`,
    ]);
    expect(submissions.rows).toHaveLength(2);
  });

  // as staff see them: escaped in the review page, and defused in the queue's CSV export
  const staff = await playwright.request.newContext({ baseURL: process.env.PLAYWRIGHT_BASE_URL });
  try {
    expect((await signIn(staff, "editor@sikc.test")).status()).toBeLessThan(400);
    const id = await withDatabase(
      async (c) =>
        (
          await c.query(`SELECT id FROM "Submission" WHERE payload::text LIKE $1 AND kind = 'NEW_INNOVATION'`, [
            `%${marker}%`,
          ])
        ).rows[0].id as string,
    );
    const review = await staff.get(`/en/admin/submissions/${id}`);
    expect(review.status()).toBe(200);
    await expectNotReflected(review, "the review page");
    expect(await review.text()).toContain(`XSS ${marker}`);
    const csv = await (await staff.get(`/api/admin/submissions/export?format=csv&q=${marker}`)).text();
    expect(csv).toContain(`Probe ${marker}`);
  } finally {
    await staff.dispose();
  }
});
