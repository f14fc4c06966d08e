// Every field of every public form is named by the message meant for it, in
// both languages: its accessible name is that message (with "(optional)"
// after an optional one), no control of the form goes unnamed or unlisted,
// and the page's <title> and heading are the page's own. A label that shows
// another string (the page title, the error summary's words) fails here.
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";

type Messages = Record<string, unknown>;
const read = (file: string): Messages =>
  JSON.parse(fs.readFileSync(path.join(process.cwd(), "messages", file), "utf8")) as Messages;
const at = (messages: Messages, key: string): string => {
  const value = key.split(".").reduce<unknown>((node, part) => (node as Messages)?.[part], messages);
  if (typeof value !== "string") throw new Error(`no message ${key}`);
  return value;
};

/**
 * A form: where it is, its id, its page title, and each control's id suffix →
 * [message key, marked]: `marked` when the label ends in "(optional)" (GOV.UK
 * marks optional fields; a single checkbox's own words say whether it must be ticked).
 */
type FormSpec = {
  name: string;
  path: string;
  formId: string;
  title: string;
  fields: Record<string, readonly [key: string, optional: boolean]>;
};

const SUBMISSION_CONTACT = {
  name: ["submissions.form.name", false],
  email: ["submissions.form.email", false],
  privacyAcknowledged: ["submissions.form.privacyAcknowledged", false],
} as const;
// lib/submissions/criteria.ts SIF_CRITERIA: one radio group per criterion
const CRITERIA = [
  "relevance",
  "needs-fit",
  "novelty",
  "collaboration",
  "effectiveness",
  "sustainability",
  "impact",
  "scalability",
];

const FORMS: FormSpec[] = [
  {
    name: "proposal",
    path: "/submit",
    formId: "submission",
    title: "submissions.form.title",
    fields: {
      titleLv: ["submissions.form.innovationTitle", false],
      summaryLv: ["submissions.form.summary", false],
      problemLv: ["submissions.form.problem", false],
      solutionLv: ["submissions.form.solution", false],
      link: ["submissions.form.link", true],
      stage: ["submissions.form.stage", false],
      status: ["submissions.form.status", false],
      themes: ["submissions.form.themes", false],
      targetGroups: ["submissions.form.targetGroups", false],
      region: ["submissions.form.region", false],
      organisationName: ["submissions.form.organisationName", false],
      ...Object.fromEntries(CRITERIA.map((c) => [`sa-${c}`, [`submissions.criteria.${c}`, false]])),
      selfAssessmentNote: ["submissions.form.selfAssessmentNote", true],
      ...SUBMISSION_CONTACT,
    },
  },
  {
    name: "correction",
    path: "/submit?kind=correction",
    formId: "submission",
    title: "submissions.form.title",
    fields: {
      innovation: ["submissions.form.innovation", false],
      whatIsWrong: ["submissions.form.whatIsWrong", false],
      proposedText: ["submissions.form.proposedText", false],
      sourceNote: ["submissions.form.sourceNote", true],
      ...SUBMISSION_CONTACT,
    },
  },
  {
    name: "consultation request",
    path: "/consultations/request",
    formId: "consultation",
    title: "consultations.form.title",
    fields: {
      name: ["consultations.form.name", false],
      email: ["consultations.form.email", false],
      phone: ["consultations.form.phone", true],
      organisationName: ["consultations.form.organisationName", true],
      organisationType: ["consultations.form.organisationType", true],
      topics: ["consultations.form.topics", false],
      stage: ["consultations.form.stage", true],
      theme: ["consultations.form.theme", true],
      region: ["consultations.form.region", true],
      description: ["consultations.form.description", false],
      format: ["consultations.form.format", false],
      language: ["consultations.form.language", false],
      slotId: ["consultations.form.slot", false],
      privacyAcknowledged: ["consultations.form.privacyAcknowledged", false],
      newsletterConsent: ["consultations.form.newsletterConsent", false],
    },
  },
];

/** The ids of the form's named controls: fields and groups, not their single options, hidden inputs or the honeypot. */
const controlIds = (page: Page, formId: string) =>
  page
    .locator(`#${formId}`)
    .evaluate((form) =>
      [...form.querySelectorAll("input, select, textarea, fieldset")]
        .filter((el) => el.id && !el.closest("[aria-hidden=true]") && (el as HTMLInputElement).type !== "hidden")
        .map((el) => el.id),
    );

for (const locale of ["lv", "en"] as const) {
  const messages: Messages = Object.assign(
    {},
    read(`${locale}.json`),
    read(`${locale}/submissions.json`),
    read(`${locale}/consultations.json`),
  );
  const optional = at(messages, "Forms.optional");

  for (const form of FORMS) {
    test(`${form.name} (${locale}): every field is named by its own message`, async ({ page }) => {
      await page.goto(locale === "lv" ? form.path : `/en${form.path}`);
      const title = at(messages, form.title);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));

      const ids = await controlIds(page, form.formId);
      expect(ids.sort()).toEqual(
        Object.keys(form.fields)
          .map((f) => `${form.formId}-${f}`)
          .sort(),
      );
      const names = new Set<string>();
      for (const [field, [key, marked]] of Object.entries(form.fields)) {
        const text = at(messages, key);
        const expected = marked ? `${text} (${optional})` : text;
        await expect(page.locator(`#${form.formId}-${field}`), `${field} → ${key}`).toHaveAccessibleName(expected);
        names.add(expected);
      }
      // two fields with one name cannot be told apart
      expect(names.size).toBe(Object.keys(form.fields).length);
    });
  }
}
