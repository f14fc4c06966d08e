// The EU emblem as the EU specifies it (graphic standards repeated in Annex IX
// to Regulation (EU) 2021/1060, and the Council of Europe's "technical
// characteristics of the European flag"): a blue rectangle one and a half
// times as wide as it is high; twelve gold five-pointed stars at equal
// intervals on an invisible circle centred where the diagonals cross, whose
// radius is a third of the height; each star's points on a circle of radius
// one eighteenth of the height; every star upright (one point straight up),
// at the positions of the hours on a clock face. Pantone Reflex Blue is web
// colour #003399 and Pantone Yellow #FFCC00 in those same specifications.
// Computed here rather than copied from an image, so a test can check it.

export const EU_BLUE = "#003399";
export const EU_YELLOW = "#FFCC00";

/** Height of the drawing in SVG units; everything else follows from it. */
export const EMBLEM_HEIGHT = 540;
export const EMBLEM_WIDTH = EMBLEM_HEIGHT * 1.5;
export const STAR_CIRCLE_RADIUS = EMBLEM_HEIGHT / 3;
export const STAR_RADIUS = EMBLEM_HEIGHT / 18;

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * One upright regular five-pointed star centred on 0,0: outer points on
 * STAR_RADIUS, the five inner corners where the pentagram's edges cross.
 */
export function starPoints(radius = STAR_RADIUS): [number, number][] {
  const inner = (radius * Math.cos((2 * Math.PI) / 5)) / Math.cos(Math.PI / 5);
  return Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? radius : inner;
    const angle = (i * Math.PI) / 5; // 0 = straight up, clockwise
    return [round(r * Math.sin(angle)), round(-r * Math.cos(angle))];
  });
}

/** Centres of the twelve stars, starting at twelve o'clock and going clockwise. */
export function starCentres(): [number, number][] {
  const cx = EMBLEM_WIDTH / 2;
  const cy = EMBLEM_HEIGHT / 2;
  return Array.from({ length: 12 }, (_, hour) => {
    const angle = (hour * Math.PI) / 6;
    return [round(cx + STAR_CIRCLE_RADIUS * Math.sin(angle)), round(cy - STAR_CIRCLE_RADIUS * Math.cos(angle))];
  });
}

export const STAR_PATH = `M${starPoints()
  .map(([x, y]) => `${x},${y}`)
  .join("L")}Z`;
