// Factories for the consultation integration tests.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { formToken } from "@/lib/forms/spam";
import { CONTACT_ME, type ConsultationRequestInput } from "@/lib/consultations/schema";

export async function consultantId(): Promise<string> {
  return (await db.user.findUniqueOrThrow({ where: { email: "consultant@sikc.test" }, select: { id: true } })).id;
}

/** An open slot `hoursAhead` from now (unique start per call). */
export async function makeSlot(hoursAhead: number, overrides: { format?: string; status?: "OPEN" | "BLOCKED" } = {}) {
  const startsAt = new Date(Date.now() + hoursAhead * 3600_000);
  startsAt.setUTCSeconds(0, crypto.randomInt(0, 999));
  return db.consultationSlot.create({
    data: {
      consultantId: await consultantId(),
      startsAt,
      durationMin: 60,
      format: overrides.format ?? "online",
      status: overrides.status ?? "OPEN",
      meetingUrl: "https://meet.example.lv/sikc",
    },
  });
}

export function requestInput(
  overrides: Partial<Record<keyof ConsultationRequestInput, unknown>> = {},
): Record<string, unknown> {
  return {
    name: "Anna Bērziņa",
    email: `anna.${crypto.randomBytes(4).toString("hex")}@example.lv`,
    topics: ["funding", "scaling"],
    stage: "pilot",
    theme: "social-services",
    region: "latgale",
    organisationType: "ngo",
    organisationName: "Biedrība Saulstari",
    description: "Mēs vēlamies pārvērst pilotprojektu par pastāvīgu pakalpojumu.",
    format: "online",
    language: "lv",
    locale: "lv",
    slotId: CONTACT_ME,
    privacyAcknowledged: true,
    formToken: formToken("consultation", Date.now() - 10_000),
    website: "",
    ...overrides,
  };
}

export const randomIp = () => `10.${crypto.randomInt(256)}.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;

export async function until<T>(
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 20_000,
  everyMs = 200,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
