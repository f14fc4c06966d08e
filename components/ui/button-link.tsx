import clsx from "clsx";
import type { ComponentProps } from "react";
import { Link } from "@/lib/i18n/link";

type Props = ComponentProps<typeof Link> & { variant?: "primary" | "secondary" };

/** A link styled as a button; still a link, because it navigates. */
export function ButtonLink({ variant = "primary", className, ...props }: Props) {
  return (
    <Link
      {...props}
      className={clsx(
        "inline-flex min-h-11 items-center justify-center rounded px-5 py-2 font-semibold no-underline hover:underline",
        variant === "primary"
          ? "bg-brand text-white hover:bg-brand-strong hover:text-white"
          : "border-2 border-brand bg-white text-brand hover:bg-surface",
        className,
      )}
    />
  );
}
