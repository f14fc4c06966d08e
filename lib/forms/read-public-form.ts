// Reads a public form's FormData into the values to echo back after an error.
// Only the listed names are kept (anything else a client posts is dropped),
// every value is bounded, and names in `multi` keep all their values.
import "server-only";
import { z } from "zod";

type EchoedValues = Record<string, string | string[]>;

const ZFormString = z.string().max(10_000);
const MAX_VALUES = 50;

export function readPublicForm(formData: FormData, echoed: readonly string[], multi: ReadonlySet<string>) {
  const text = (name: string) => {
    const parsed = ZFormString.safeParse(formData.get(name));
    return parsed.success ? parsed.data : undefined;
  };
  const values: EchoedValues = {};
  for (const name of echoed) {
    if (multi.has(name)) {
      values[name] = formData
        .getAll(name)
        .filter((v): v is string => typeof v === "string")
        .slice(0, MAX_VALUES);
    } else {
      const v = text(name);
      if (v !== undefined) values[name] = v;
    }
  }
  /** The anti-spam fields every public form posts (lib/forms/spam.ts). */
  const guard = { locale: text("locale"), website: text("website") ?? "", renderedAt: text("renderedAt") };
  return { values, guard };
}
