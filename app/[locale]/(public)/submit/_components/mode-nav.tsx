import clsx from "clsx";

type Item = { mode: "proposal" | "correction"; label: string; href: string };

/** The two things the page does, as links (each is its own URL); the current one is marked for assistive tech. */
export function ModeNav({ label, current, items }: { label: string; current: Item["mode"]; items: Item[] }) {
  return (
    <nav aria-label={label} className="mb-8">
      <ul className="flex flex-wrap gap-3">
        {items.map((item) => (
          <li key={item.mode}>
            <a
              href={item.href}
              aria-current={item.mode === current ? "page" : undefined}
              className={clsx(
                "inline-flex min-h-11 items-center rounded border-2 border-brand px-4 py-2 font-semibold",
                item.mode === current ? "bg-brand text-white no-underline" : "bg-white text-brand",
              )}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
