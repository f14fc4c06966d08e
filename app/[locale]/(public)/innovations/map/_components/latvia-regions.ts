// Simplified outlines of Latvia's five planning regions, drawn by hand from
// about forty border points (lon/lat projected equirectangularly at 57°N,
// 100 units per degree of latitude). Recognisable, not cartographic: the map
// is a way into the filtered list, and the table beside it carries the numbers.

export const MAP_VIEWBOX = "0 0 410 262";

export const PLANNING_REGIONS = ["kurzeme", "riga", "zemgale", "vidzeme", "latgale"] as const;
export type PlanningRegion = (typeof PLANNING_REGIONS)[number];

/** Region keys (Term REGION) shown beside the map: not one planning region. */
export const OTHER_REGIONS = ["national", "abroad"] as const;

export const REGION_SHAPES: Record<PlanningRegion, { d: string; label: [number, number] }> = {
  kurzeme: {
    d: "M13,213 10,170 21,130 40,80 98,44 114,75 128,100 144,120 136,135 108,160 103,181 70,178 38,190Z",
    label: [72, 127],
  },
  riga: { d: "M144,120 179,118 196,90 223,95 234,120 223,145 196,150 174,145 136,135Z", label: [192, 124] },
  vidzeme: {
    d: "M196,90 193,45 193,33 245,13 284,43 315,65 356,68 370,80 337,110 315,140 294,165 277,155 239,150 223,145 234,120 223,95Z",
    label: [269, 92],
  },
  latgale: {
    d: "M370,80 384,90 375,130 400,165 401,205 370,238 317,253 277,210 294,165 315,140 337,110Z",
    label: [344, 180],
  },
  zemgale: {
    d: "M103,181 119,182 174,182 223,195 266,205 277,210 294,165 277,155 239,150 223,145 196,150 174,145 136,135 108,160Z",
    label: [200, 172],
  },
};

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
