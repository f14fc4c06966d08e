import { toFieldErrors } from "@/lib/forms/field-errors";
import { describe, expect, it } from "vitest";
import { CONTACT_ME, ZConsultationRequestInput } from "@/lib/consultations/schema";
import { headerSafe, ZMailMessage } from "@/lib/mail/message";

const valid = {
  name: "Anna Bērziņa",
  email: " Anna@Example.LV ",
  topics: ["funding"],
  description: "Mēs vēlamies uzsākt pilotprojektu Latgalē.",
  format: "online",
  language: "lv",
  slotId: CONTACT_ME,
  privacyAcknowledged: "on",
  formToken: "1700000000000.signature-checked-by-the-store-not-the-schema",
};

const errorsOf = (input: Record<string, unknown>) => {
  const r = ZConsultationRequestInput.safeParse(input);
  return r.success ? {} : toFieldErrors(r.error);
};

describe("ZConsultationRequestInput", () => {
  it("accepts a minimal request, normalising e-mail and checkboxes", () => {
    const data = ZConsultationRequestInput.parse(valid);
    expect(data.email).toBe("anna@example.lv");
    expect(data.privacyAcknowledged).toBe(true);
    expect(data.newsletterConsent).toBe(false);
    expect(data.phone).toBeUndefined();
  });

  it("reports i18n keys next to the field", () => {
    expect(errorsOf({ ...valid, description: "short" })).toEqual({
      description: ["consultations.errors.descriptionTooShort"],
    });
    expect(errorsOf({ ...valid, description: "x".repeat(4001) })).toEqual({
      description: ["consultations.errors.descriptionTooLong"],
    });
    expect(errorsOf({ ...valid, email: "not-an-email" })).toEqual({ email: ["consultations.errors.emailInvalid"] });
    expect(errorsOf({ ...valid, topics: [] })).toEqual({ topics: ["consultations.errors.topicsRequired"] });
    expect(errorsOf({ ...valid, privacyAcknowledged: undefined })).toEqual({
      privacyAcknowledged: ["consultations.errors.privacyRequired"],
    });
    expect(errorsOf({ ...valid, language: "ru" })).toEqual({ language: ["consultations.errors.languageInvalid"] });
    const { name: _n, ...noName } = valid;
    expect(errorsOf(noName)).toEqual({ name: ["consultations.errors.nameRequired"] });
    for (const messages of Object.values(errorsOf({})))
      for (const m of messages ?? []) expect(m).toMatch(/^consultations\.errors\.[a-zA-Z]+$/);
  });

  it("refuses line breaks in name and organisation (mail header injection)", () => {
    expect(errorsOf({ ...valid, name: "Anna\r\nBcc: victim@example.com" })).toEqual({
      name: ["consultations.errors.lineBreaksNotAllowed"],
    });
    expect(errorsOf({ ...valid, organisationName: "Org\nX" })).toEqual({
      organisationName: ["consultations.errors.lineBreaksNotAllowed"],
    });
  });

  it("takes a single topic from a form post as a list", () => {
    expect(ZConsultationRequestInput.parse({ ...valid, topics: "scaling" }).topics).toEqual(["scaling"]);
  });
});

describe("mail messages", () => {
  it("never let CR/LF through into subject or display names", () => {
    const m = ZMailMessage.parse({
      to: [{ address: "a@b.lv", name: "A\r\nBcc: c@d.lv" }],
      subject: "Hi\nBcc: c@d.lv",
      text: "x",
    });
    expect(m.subject).toBe("Hi Bcc: c@d.lv");
    expect(m.to[0]?.name).toBe("A Bcc: c@d.lv");
    expect(headerSafe("a\u2028b\tc")).toBe("a b c");
    expect(() => ZMailMessage.parse({ to: "a@b.lv\r\nBcc: c@d.lv", subject: "s", text: "x" })).toThrow();
  });
});
