import clsx from "clsx";

/** Active / deactivated as text (never colour alone). */
export function UserStatus({ active, label }: { active: boolean; label: string }) {
  return (
    <span
      className={clsx(
        "inline-block rounded border px-2 py-0.5 text-sm font-semibold",
        active ? "border-green-800 text-green-900" : "border-muted bg-surface text-ink",
      )}
    >
      {label}
    </span>
  );
}
