import type { ReactNode } from "react";

/**
 * One term and its value in a described list (<dl>) of facts: side by side
 * from small screens up, or `stacked` in a narrow column.
 */
export function Fact({
  term,
  children,
  id,
  stacked = false,
}: {
  term: string;
  children: ReactNode;
  id?: string;
  stacked?: boolean;
}) {
  return (
    <div
      className={
        stacked ? "border-b border-line py-2" : "border-b border-line py-2 sm:grid sm:grid-cols-[14rem_1fr] sm:gap-4"
      }
      data-fact={id}
    >
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
