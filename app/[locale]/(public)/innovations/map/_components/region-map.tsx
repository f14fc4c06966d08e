import { getTranslations } from "next-intl/server";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { GULF_LABEL, MAP_VIEWBOX, NEIGHBOUR_LAND, REGION_GEOMETRY } from "./latvia-geometry";
import { PLANNING_REGIONS, SHADES, shadeOf, shadeSteps } from "./latvia-regions";

export type RegionCount = { key: string; label: string; lang: Locale | undefined; count: number; href: string };

type Props = { regions: RegionCount[]; locale: Locale };

/**
 * Inline SVG map: each planning region is a link to the list filtered by it,
 * named with its count; the count is also printed on the region and the
 * legend gives ranges in words, so nothing depends on telling shades apart.
 */
export async function RegionMap({ regions, locale }: Props) {
  const t = await getTranslations("innovations.map");
  const byKey = new Map(regions.map((r) => [r.key, r]));
  const steps = shadeSteps(Math.max(0, ...PLANNING_REGIONS.map((k) => byKey.get(k)?.count ?? 0)));
  return (
    <figure className="max-w-2xl">
      {/* Focus and hover rings live in a layer above every region (globals.css, .region-map): a ring
          drawn with its own region would be painted under the neighbours that come after it. */}
      <svg viewBox={MAP_VIEWBOX} className="region-map h-auto w-full" aria-labelledby="region-map-title">
        <title id="region-map-title">{t("svgTitle")}</title>
        <rect width="100%" height="100%" fill="#ffffff" />
        <path d={NEIGHBOUR_LAND} fill="#d4d4d8" stroke="#a1a1aa" strokeWidth={0.75} aria-hidden="true" />
        <text
          x={GULF_LABEL[0]}
          y={GULF_LABEL[1]}
          textAnchor="middle"
          fontSize={10}
          fontStyle="italic"
          fill="#475569"
          aria-hidden="true"
        >
          {t("gulf")}
        </text>
        {PLANNING_REGIONS.map((key) => {
          const region = byKey.get(key);
          if (!region) return null;
          const shape = REGION_GEOMETRY[key];
          const [x, y] = shape.label;
          const name = t("regionLink", { region: region.label, count: region.count });
          return (
            <a key={key} href={localizedHref(region.href, locale)} aria-label={name} data-region={key}>
              <path
                d={shape.d}
                fill={SHADES[shadeOf(region.count, steps)]}
                stroke="#0f172a"
                strokeWidth={1.25}
                strokeLinejoin="round"
              />
              <rect x={x - 16} y={y - 11} width={32} height={20} rx={4} fill="#ffffff" stroke="#0f172a" />
              <text
                x={x}
                y={y + 4}
                textAnchor="middle"
                fontSize={13}
                fontWeight={700}
                fill="#0f172a"
                aria-hidden="true"
              >
                {region.count}
              </text>
            </a>
          );
        })}
        <g aria-hidden="true" fill="none" strokeLinejoin="round" pointerEvents="none">
          {PLANNING_REGIONS.map((key) => (
            <g key={key} className="region-ring" data-ring={key}>
              <path d={REGION_GEOMETRY[key].d} stroke="#0b0c0c" strokeWidth={6} />
              <path d={REGION_GEOMETRY[key].d} stroke="#ffdd00" strokeWidth={3} />
            </g>
          ))}
        </g>
      </svg>
      <figcaption className="mt-3">
        <span className="font-semibold">{t("legend")}:</span>
        <ul className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {[
            { step: 0, text: t("legendZero") },
            ...steps.map((s) => ({
              step: s.step,
              text: s.from === s.to ? String(s.from) : t("legendRange", { from: s.from, to: s.to }),
            })),
          ].map(({ step, text }) => (
            <li key={step} className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="inline-block size-5 rounded border border-ink"
                style={{ backgroundColor: SHADES[step] }}
              />
              {text}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
