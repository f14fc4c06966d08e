import { EMBLEM_HEIGHT, EMBLEM_WIDTH, EU_BLUE, EU_YELLOW, STAR_PATH, starCentres } from "@/lib/brand/eu-emblem";

/** The EU emblem drawn to the EU's specification (lib/brand/eu-emblem.ts); `height` in CSS pixels. */
export function EuEmblem({ title, height }: { title: string; height: number }) {
  return (
    <svg
      viewBox={`0 0 ${EMBLEM_WIDTH} ${EMBLEM_HEIGHT}`}
      width={(height * EMBLEM_WIDTH) / EMBLEM_HEIGHT}
      height={height}
      role="img"
      aria-label={title}
      data-eu-emblem
      className="shrink-0"
    >
      <rect width={EMBLEM_WIDTH} height={EMBLEM_HEIGHT} fill={EU_BLUE} />
      <g fill={EU_YELLOW}>
        {starCentres().map(([x, y]) => (
          <path key={`${x},${y}`} d={STAR_PATH} transform={`translate(${x} ${y})`} />
        ))}
      </g>
    </svg>
  );
}
