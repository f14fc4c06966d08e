// CSV and JSON downloads of the list as currently filtered (every page). The
// handler is app/api/admin/<entity>/export/route.ts built with lib/admin/export.ts.
//
//   <ExportLinks list={list} exportPath="/api/admin/organisations/export" />
import { useTranslations } from "next-intl";
import type { ListLinks } from "./list-links";

function exportSearch(list: ListLinks, format: "csv" | "json"): string {
  const params = new URLSearchParams();
  if (list.query.q) params.set("q", list.query.q);
  for (const [name, value] of Object.entries(list.query.filters as Record<string, string | undefined>))
    if (value) params.set(name, value);
  params.set("sort", list.query.sort);
  params.set("dir", list.query.dir);
  params.set("format", format);
  return `?${params.toString()}`;
}

export function ExportLinks({ list, exportPath }: { list: ListLinks; exportPath: string }) {
  const t = useTranslations("curation.kit");
  return (
    <div className="mt-6 text-sm">
      <p className="font-semibold">{t("export")}</p>
      <p className="text-muted">{t("exportHint")}</p>
      <ul className="mt-1 flex gap-4">
        <li>
          <a href={`${exportPath}${exportSearch(list, "csv")}`} download>
            {t("exportCsv")}
          </a>
        </li>
        <li>
          <a href={`${exportPath}${exportSearch(list, "json")}`} download>
            {t("exportJson")}
          </a>
        </li>
      </ul>
    </div>
  );
}
