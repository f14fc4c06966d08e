"use client";
// The messages of a staff form (components/ui/form.tsx), from the admin
// layout's next-intl provider: error keys are full message paths (e.g.
// "curation.errors.required"), problem codes the kit's (curation.kit.problems)
// unless the form names its own.
import { useTranslations } from "next-intl";
import type { FormMessages } from "@/components/ui/form";

export function useStaffFormMessages(problems: Record<string, string> = {}): FormMessages {
  const t = useTranslations();
  const forms = useTranslations("Forms");
  const kit = useTranslations("curation.kit");
  return {
    text: {
      optional: forms("optional"),
      error: forms("error"),
      summaryTitle: forms("summaryTitle"),
      sending: kit("saving"),
    },
    // keys are full message paths, dynamic by nature, hence the casts
    error: (key) => (t.has(key as never) ? t(key as never) : t("curation.errors.generic")),
    problem: (code) =>
      problems[code] ??
      (kit.has(`problems.${code}` as never) ? kit(`problems.${code}` as never) : kit("problems.generic")),
  };
}
