import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/taxonomy/keys";

describe("slugify", () => {
  it("turns Latvian municipality names into stable ASCII keys", () => {
    expect(slugify("Ādažu novads")).toBe("adazu-novads");
    expect(slugify("Ķekavas novads")).toBe("kekavas-novads");
    expect(slugify("Rēzekne")).toBe("rezekne");
    expect(slugify("  Rīga  ")).toBe("riga");
  });
});
