// A NUL (or another control character) in any public form field is a field
// error next to that field, never "try again later": PostgreSQL cannot store a
// NUL, so a submission holding one used to fail in the database, every time.
import { afterAll, describe, expect, it } from "vitest";
import { submitRequest } from "@/lib/consultations/write";
import { db } from "@/lib/db";
import { stopBoss } from "@/lib/jobs/boss";
import { storeSubmission } from "@/lib/submissions/write";
import { randomIp, requestInput } from "../support/consultations";
import { correctionInput, proposalInput } from "../support/submissions";

afterAll(async () => {
  await stopBoss();
});

const CONTROLS = ["\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\ud800"];

/** `value` with a control character inside, still long enough for the field's minimum. */
const spiked = (value: unknown, control = "\u0000") => `${String(value)}${control}x`;

describe("consultation request", () => {
  const fields = ["name", "email", "phone", "organisationName", "description"] as const;
  it.each(fields)("refuses a NUL in %s with a field error", async (field) => {
    const base = requestInput({ phone: "+371 2000 0000" });
    const before = await db.consultationRequest.count();
    const result = await submitRequest({ ...base, [field]: spiked(base[field]) }, { ip: randomIp() });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    const errors = result.ok ? {} : "fieldErrors" in result ? result.fieldErrors : {};
    expect(errors[field]?.length).toBeGreaterThan(0);
    expect(await db.consultationRequest.count()).toBe(before);
  });

  it.each(CONTROLS.map((c) => [JSON.stringify(c), c]))(
    "names the control character %s in the message",
    async (_, c) => {
      const base = requestInput();
      const result = await submitRequest({ ...base, description: spiked(base.description, c) }, { ip: randomIp() });
      expect(result).toEqual({
        ok: false,
        code: "invalid",
        fieldErrors: { description: ["consultations.errors.controlCharacters"] },
      });
    },
  );

  it("keeps TAB and line breaks in multi-line text", async () => {
    const base = requestInput();
    const result = await submitRequest(
      { ...base, description: "Pirmā rinda\r\notrā rinda\tar tabulāciju, pietiekami gara." },
      { ip: randomIp() },
    );
    expect(result).toMatchObject({ ok: true });
  });
});

describe("submission", () => {
  const proposalFields: [string, string][] = [
    ["titleLv", "titleLv"],
    ["summaryLv", "summaryLv"],
    ["problemLv", "problemLv"],
    ["solutionLv", "solutionLv"],
    ["organisationName", "organisationName"],
    ["selfAssessmentNote", "selfAssessmentNote"],
    ["name", "name"],
    ["email", "email"],
  ];
  it.each(proposalFields)("refuses a NUL in the proposal's %s with a field error", async (field, shownAt) => {
    const base = proposalInput({ selfAssessmentNote: "Piezīme." });
    const before = await db.submission.count();
    const result = await storeSubmission({ ...base, [field]: spiked(base[field]) }, { ip: randomIp() });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    expect(result.ok === false && "fieldErrors" in result && result.fieldErrors[shownAt]?.length).toBeGreaterThan(0);
    expect(await db.submission.count()).toBe(before);
  });

  it("refuses a NUL in a link with an error at the link field", async () => {
    const result = await storeSubmission(proposalInput({ links: [{ url: "https://a.example.lv/\u0000" }] }), {
      ip: randomIp(),
    });
    expect(result.ok === false && "fieldErrors" in result && result.fieldErrors.link?.length).toBeGreaterThan(0);
  });

  const correctionFields = ["innovation", "whatIsWrong", "proposedText", "sourceNote", "name", "email"];
  it.each(correctionFields)("refuses a NUL in the correction's %s with a field error", async (field) => {
    const published = await db.innovation.findFirstOrThrow({ where: { publication: "PUBLISHED" } });
    const base = correctionInput(published.slug, { sourceNote: "Avots." });
    const result = await storeSubmission({ ...base, [field]: spiked(base[field]) }, { ip: randomIp() });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    expect(result.ok === false && "fieldErrors" in result && result.fieldErrors[field]?.length).toBeGreaterThan(0);
  });
});
