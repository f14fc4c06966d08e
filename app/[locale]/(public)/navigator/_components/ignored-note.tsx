import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import type { Question } from "@/lib/navigator/answers";

/** Names the questions whose value in the URL was not recognised and so left out; never an error. */
export async function IgnoredNote({ ignored }: { ignored: Question[] }) {
  if (ignored.length === 0) return null;
  const t = await getTranslations("navigator");
  const list = ignored.map((q) => t(`questions.${q}.summary`)).join(", ");
  return (
    <div className="mb-6" data-ignored={ignored.join(" ")}>
      <Notice>{t("results.ignored", { list })}</Notice>
    </div>
  );
}
