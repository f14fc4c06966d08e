// The end of a staff record page: the commands that cannot be taken back
// (duplicate, archive, delete), under their own heading and rule.
import type { ReactNode } from "react";

export function DangerZone({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10 border-t border-line pt-6">
      <h2 id={id} className="text-xl font-semibold text-brand-strong">
        {title}
      </h2>
      <div className="mt-4 flex flex-wrap gap-3">{children}</div>
    </section>
  );
}
