// The EU emblem is drawn to the EU's published specification (Annex IX to
// Regulation (EU) 2021/1060; the Council of Europe's technical characteristics).
import { describe, expect, it } from "vitest";
import {
  EMBLEM_HEIGHT,
  EMBLEM_WIDTH,
  EU_BLUE,
  EU_YELLOW,
  STAR_CIRCLE_RADIUS,
  STAR_RADIUS,
  starCentres,
  starPoints,
} from "@/lib/brand/eu-emblem";

const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(0.01);

describe("EU emblem geometry", () => {
  it("is a rectangle one and a half times as wide as high, in Reflex Blue and Yellow", () => {
    expect(EMBLEM_WIDTH / EMBLEM_HEIGHT).toBe(1.5);
    expect(EU_BLUE).toBe("#003399");
    expect(EU_YELLOW).toBe("#FFCC00");
  });

  it("has twelve stars at the hours of a clock on a circle of a third of the height, centred", () => {
    const centres = starCentres();
    expect(centres).toHaveLength(12);
    expect(STAR_CIRCLE_RADIUS).toBe(EMBLEM_HEIGHT / 3);
    centres.forEach(([x, y], hour) => {
      close(Math.hypot(x - EMBLEM_WIDTH / 2, y - EMBLEM_HEIGHT / 2), EMBLEM_HEIGHT / 3);
      const angle = (Math.atan2(x - EMBLEM_WIDTH / 2, EMBLEM_HEIGHT / 2 - y) * 180) / Math.PI;
      close((angle + 360) % 360, hour * 30);
    });
  });

  it("draws each star with five points on a circle of an eighteenth of the height, one point straight up", () => {
    expect(STAR_RADIUS).toBe(EMBLEM_HEIGHT / 18);
    const points = starPoints();
    expect(points).toHaveLength(10);
    const outer = points.filter((_, i) => i % 2 === 0);
    for (const [x, y] of outer) close(Math.hypot(x, y), EMBLEM_HEIGHT / 18);
    close(outer[0]![0], 0);
    expect(outer[0]![1]).toBeLessThan(0); // up, in SVG coordinates
    // a regular pentagram: the inner corners lie where its edges cross
    for (const [x, y] of points.filter((_, i) => i % 2 === 1)) close(Math.hypot(x, y), STAR_RADIUS * 0.381966);
  });

  it("keeps the stars apart (their points do not touch)", () => {
    const [a, b] = starCentres();
    expect(Math.hypot(a![0] - b![0], a![1] - b![1])).toBeGreaterThan(2 * STAR_RADIUS);
  });
});
