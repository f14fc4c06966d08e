import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/link";
import type { PortalStats } from "@/lib/stats/queries";

const items = [
  { key: "innovations", label: "statInnovations", href: "/innovations" },
  { key: "organisations", label: "statOrganisations", href: "/organisations" },
  { key: "resources", label: "statResources", href: "/toolkit" },
  { key: "openCalls", label: "statOpenCalls", href: "/funding?status=open" },
] as const;

/** Live counts; data-stat/data-value carry the raw number for tests and scripts. */
export async function StatsList({ stats }: { stats: PortalStats }) {
  const t = await getTranslations("Home");
  const format = await getFormatter();
  return (
    <section aria-labelledby="stats-heading" className="mt-12">
      <h2 id="stats-heading" className="text-2xl font-bold text-brand-strong">
        {t("statsHeading")}
      </h2>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {items.map((item) => (
          <div
            key={item.key}
            data-stat={item.key}
            data-value={stats[item.key]}
            className="flex flex-col-reverse rounded-lg border border-line bg-surface p-4"
          >
            <dt>
              <Link href={item.href}>{t(item.label)}</Link>
            </dt>
            <dd className="text-4xl font-extrabold text-brand-strong">{format.number(stats[item.key])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
