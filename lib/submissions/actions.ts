"use server";
// Endpoints of public submissions and their moderation. submitSubmission is
// public (registered as such in ./authz.ts; abuse is handled by the spam
// checks in ./store.ts); every moderation action starts with
// requirePermission("content:write").
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { clientIp } from "@/lib/auth/client-ip";
import { localizedHref } from "@/lib/i18n/paths";
import { readSubmissionForm } from "./form-data";
import type { SubmissionFormState } from "./form-state";
import { toFieldErrors, ZSubmissionInput } from "./schema";
import { storeSubmission, type StoreResult } from "./store";

const ZAttempt = z.object({ attempt: z.number().int().nonnegative() }).catch({ attempt: 0 });
const ZLocale = z.enum(["lv", "en"]).catch("lv");

export async function submitSubmission(previous: SubmissionFormState, formData: FormData): Promise<SubmissionFormState> {
  const attempt = ZAttempt.parse(previous).attempt + 1;
  const { input, values } = readSubmissionForm(formData instanceof FormData ? formData : new FormData());
  const answer = (rest: Partial<SubmissionFormState>): SubmissionFormState => ({ attempt, values, fieldErrors: {}, problem: null, ...rest });
  // parsed here too (the store parses again) so field errors need neither a client address nor the database
  const parsed = ZSubmissionInput.safeParse(input);
  if (!parsed.success) return answer({ fieldErrors: toFieldErrors(parsed.error), problem: "invalid" });

  let result: StoreResult;
  try {
    result = await storeSubmission(input, { ip: clientIp(await headers()) });
  } catch (error) {
    console.error("submission failed", error instanceof Error ? error.message : String(error));
    return answer({ problem: "generic" });
  }
  if (result.ok) redirect(localizedHref("/submit/thanks", ZLocale.parse(parsed.data.locale), `kind=${result.kind}`));
  if (result.code === "invalid") return answer({ fieldErrors: result.fieldErrors, problem: "invalid" });
  return answer({ problem: result.code });
}
