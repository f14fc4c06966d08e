// Factories for the submission integration tests.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { formToken } from "@/lib/forms/spam";
import { criterionField, SIF_CRITERIA } from "@/lib/submissions/criteria";

export const randomIp = () => `10.${crypto.randomInt(1, 250)}.${crypto.randomInt(1, 250)}.${crypto.randomInt(1, 250)}`;

/** What the public form posts for a complete proposal (as readSubmissionForm hands it to the store). */
export function proposalInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: "proposal",
    titleLv: `Kopienas virtuve ${crypto.randomBytes(3).toString("hex")}`,
    summaryLv: "Kaimiņi kopā gatavo siltas pusdienas vientuļiem senioriem.",
    problemLv: "Vientuļi seniori laukos bieži paliek bez siltas maltītes un sarunu biedra.",
    solutionLv: "Brīvprātīgie katru dienu gatavo un piegādā pusdienas un paliek aprunāties.",
    stage: "pilot",
    status: "active",
    themes: ["social-services", "ageing"],
    targetGroups: ["seniors"],
    region: "latgale",
    links: [{ url: "https://virtuve.example.lv" }],
    organisationName: "Biedrība Saulstari",
    selfAssessment: Object.fromEntries(SIF_CRITERIA.map((k) => [k, "yes"])),
    name: "Anna Bērziņa",
    email: `anna.${crypto.randomBytes(4).toString("hex")}@example.lv`,
    privacyAcknowledged: "on",
    locale: "lv",
    website: "",
    formToken: formToken("submission", Date.now() - 60_000),
    ...overrides,
  };
}

export function correctionInput(innovation: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: "correction",
    innovation,
    whatIsWrong: "Norādītais sākuma gads nav pareizs.",
    proposedText: "Projekts sākās 2019. gadā.",
    name: "Jānis Ozols",
    email: `janis.${crypto.randomBytes(4).toString("hex")}@example.lv`,
    privacyAcknowledged: "on",
    locale: "en",
    website: "",
    formToken: formToken("submission", Date.now() - 60_000),
    ...overrides,
  };
}

/** FormData as the browser posts it (radio per criterion, one link field). */
export function proposalFormData(overrides: Record<string, string | string[]> = {}): FormData {
  const input = proposalInput();
  const fields: Record<string, string | string[]> = {
    kind: "proposal",
    titleLv: String(input.titleLv),
    summaryLv: String(input.summaryLv),
    problemLv: String(input.problemLv),
    solutionLv: String(input.solutionLv),
    stage: "pilot",
    status: "active",
    themes: ["social-services"],
    targetGroups: ["seniors"],
    region: "latgale",
    organisationName: "Biedrība Saulstari",
    link: "",
    name: "Anna Bērziņa",
    email: String(input.email),
    privacyAcknowledged: "on",
    locale: "lv",
    website: "",
    formToken: formToken("submission", Date.now() - 60_000),
    ...Object.fromEntries(SIF_CRITERIA.map((k) => [criterionField(k), "partly"])),
    ...overrides,
  };
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) form.append(k, item);
  return form;
}

export type QueuedMail = { to: string; tag: string; subject: string; text: string };

/** Mail jobs queued to an address, oldest first. */
export async function mailsTo(address: string): Promise<QueuedMail[]> {
  const rows = await db.$queryRaw<
    { data: { to: { address: string }[] | string; tag: string; subject: string; text: string } }[]
  >`
    SELECT data FROM pgboss.job WHERE name = 'mail.send' AND data::text ILIKE ${`%${address}%`} ORDER BY created_on, id`;
  return rows.map((r) => ({
    to: Array.isArray(r.data.to) ? r.data.to.map((a) => a.address).join(",") : r.data.to,
    tag: r.data.tag,
    subject: r.data.subject,
    text: r.data.text,
  }));
}
