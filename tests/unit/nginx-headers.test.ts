// Files nginx sends from disk (deploy/nginx/sikc.conf: the build's static
// files and public/) never reach Next or its proxy, so nginx must add the
// fixed security headers itself — the same ones, with the same values.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXED_HEADERS } from "@/lib/security/headers";

const conf = fs.readFileSync(path.join(import.meta.dirname, "..", "..", "deploy", "nginx", "sikc.conf"), "utf8");

/** The locations that answer from disk, each with the headers it adds (name in lower case → value). */
function diskLocations(): { location: string; headers: Map<string, string> }[] {
  return [...conf.matchAll(/^location ([^{]+)\{([\s\S]*?)^\}/gm)]
    .filter(([, , body]) => /try_files/.test(body!))
    .map(([, location, body]) => ({
      location: location!.trim(),
      headers: new Map(
        [...body!.matchAll(/^\s*add_header (\S+) (?:"([^"]*)"|(\S+)) always;/gm)].map(
          ([, name, quoted, bare]) => [name!.toLowerCase(), quoted ?? bare!] as const,
        ),
      ),
    }));
}

describe("deploy/nginx/sikc.conf", () => {
  it("adds every fixed security header to the files it sends from disk", () => {
    const locations = diskLocations();
    expect(locations.map((l) => l.location)).toEqual(["~ ^/_next/static/(?<sikc_asset>.+)$", "/"]);
    for (const { location, headers } of locations)
      for (const [name, value] of Object.entries(FIXED_HEADERS))
        expect(headers.get(name.toLowerCase()), `${location}: ${name}`).toBe(value);
  });
});
