// Latvia's five planning regions on the region map: their keys (Term REGION)
// and the shading of counts. The outlines are generated from Natural Earth
// into latvia-geometry.ts by scripts/build-latvia-map.mjs.

export { PLANNING_REGIONS } from "@/lib/regions/planning-regions";

/** Region keys (Term REGION) shown beside the map: not one planning region. */
export const OTHER_REGIONS = ["national", "abroad"] as const;

/** Fill per shading step: step 0 is "none", then lighter to darker blue. */
export const SHADES = ["#f1f5f9", "#bfdbfe", "#60a5fa", "#2563eb", "#1e3a8a"] as const;

/** Count ranges of the shading steps 1–4 (equal widths up to the largest count); empty steps are dropped. */
export function shadeSteps(max: number): { step: number; from: number; to: number }[] {
  if (max <= 0) return [];
  const steps = Math.min(4, max);
  const width = max / steps;
  return Array.from({ length: steps }, (_, i) => ({
    step: i + 1,
    from: Math.floor(i * width) + 1,
    to: Math.floor((i + 1) * width),
  })).filter((s) => s.to >= s.from);
}

export function shadeOf(count: number, steps: ReturnType<typeof shadeSteps>): number {
  if (count <= 0) return 0;
  return steps.find((s) => count >= s.from && count <= s.to)?.step ?? steps.at(-1)?.step ?? 0;
}
