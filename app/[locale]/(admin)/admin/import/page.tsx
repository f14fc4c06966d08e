import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requirePagePermission } from "@/lib/auth/guard";
import { IMPORT_ADAPTERS } from "@/lib/import/adapters";
import { IMPORT_KINDS } from "@/lib/import/types";
import { resolveLocale, type LocaleParams } from "@/lib/i18n/locale";
import { ImportForm } from "./_components/import-form";

export async function generateMetadata({ params }: LocaleParams): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "audit.import" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ImportPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  await requirePagePermission(locale, "content:write", "/admin/import");
  const t = await getTranslations("audit.import");
  const kinds = IMPORT_KINDS.flatMap((kind) => {
    const adapter = IMPORT_ADAPTERS[kind];
    return adapter ? [{ kind, label: t(`kinds.${kind}`), columns: adapter.columns, required: adapter.required }] : [];
  });
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <section aria-labelledby="import-templates" className="mb-8 max-w-3xl">
        <h2 id="import-templates" className="text-lg font-semibold text-brand-strong">
          {t("templates")}
        </h2>
        <ul className="mt-2 space-y-3">
          {kinds.map((k) => (
            <li key={k.kind}>
              <a href={`/api/admin/import/template?kind=${k.kind}`} download>
                {t("template", { kind: k.label })}
              </a>
              <details className="mt-1 text-sm">
                <summary className="cursor-pointer text-brand">
                  {t("columnsHeading")}: {k.label}
                </summary>
                <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 font-mono">
                  {k.columns.map((c) => (
                    <li key={c}>
                      {c}
                      {k.required.includes(c) ? <span className="font-sans text-muted"> ({t("required")})</span> : null}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ul>
      </section>
      <ImportForm kinds={kinds.map((k) => ({ value: k.kind, label: k.label }))} />
    </>
  );
}
