// `npm run search:dictionary -- DIR`: writes the Latvian dictionary for
// PostgreSQL's text search (sikc_lv.dict, sikc_lv.affix; from the npm package
// dictionary-lv, unaccented) into DIR, for an external PostgreSQL: DIR is its
// tsearch_data, `$(pg_config --sharedir)/tsearch_data`. Then run
// `npm run search:reindex`. The embedded PostgreSQL gets them at every start.
import fs from "node:fs";
import path from "node:path";
import { installSearchDictionary } from "./lib/search-dictionary";

const dir = process.argv[2];
if (!dir || !fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
  console.error("usage: npm run search:dictionary -- <tsearch_data directory of the PostgreSQL server>");
  process.exit(2);
}
const written = installSearchDictionary(dir);
console.log(
  written
    ? `written ${path.join(dir, "sikc_lv.dict")} and sikc_lv.affix; now run npm run search:reindex`
    : `${dir} already holds this dictionary`,
);
