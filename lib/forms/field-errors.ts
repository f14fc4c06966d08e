// zod issues → field errors, the one mapping every form, action and import
// uses. A field is named by its path, which is also the input's name
// ("links.2.url" in a repeatable row); an issue about one item of a list of
// plain values ("themes.3") belongs to the list, as its checkbox group shows
// it; an issue without a path belongs to the form as a whole ("form").
import type { z } from "zod";
import type { FieldErrors } from "./state";

type Path = readonly PropertyKey[];

const defaultName = (path: Path): string => {
  const parts = path.map(String);
  if (parts.length > 1 && typeof path.at(-1) === "number") parts.pop();
  return parts.length ? parts.join(".") : "form";
};

/** `name` renames a path when the form names its input differently (e.g. one link field for a list). */
export function toFieldErrors(error: z.ZodError, name: (path: Path) => string = defaultName): FieldErrors {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) (out[name(issue.path)] ??= []).push(issue.message);
  return out;
}

/** The default naming, for a `name` that renames only some paths. */
export const fieldName = defaultName;
