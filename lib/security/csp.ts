// The Content-Security-Policy of the portal's pages, in one place. Two forms:
// - a nonce policy for pages rendered per request: the proxy makes a fresh
//   nonce, Next puts it on every script it writes, and 'strict-dynamic' lets
//   those scripts load the chunks they need;
// - a hash policy for pages that are the same for everyone and served from a
//   cache, where no per-request nonce can exist: the hashes of the page's
//   inline scripts, and 'self' for its script files.
// Neither allows inline scripts or styles that the server did not write.
import crypto from "node:crypto";

export type ScriptSource = { nonce: string } | { scriptHashes: readonly string[] };

type Options = {
  /** `next dev` needs eval for its error overlay; production never does. */
  dev?: boolean;
  /** Served over HTTPS: asks browsers to fetch any http: sub-resource over https. */
  https?: boolean;
};

/** A fresh nonce: 128 random bits. */
export const newNonce = (): string => crypto.randomBytes(16).toString("base64");

/** The CSP source expression of an inline script's text, for the hash policy. */
export const scriptHash = (script: string): string =>
  `'sha256-${crypto.createHash("sha256").update(script, "utf8").digest("base64")}'`;

export function contentSecurityPolicy(source: ScriptSource, options: Options = {}): string {
  const eval_ = options.dev ? ["'unsafe-eval'"] : [];
  const scripts =
    "nonce" in source
      ? ["'self'", `'nonce-${source.nonce}'`, "'strict-dynamic'", ...eval_]
      : ["'self'", ...source.scriptHashes, ...eval_];
  // next dev injects its own styles without the nonce
  const styles =
    "nonce" in source && !options.dev ? ["'self'", `'nonce-${source.nonce}'`] : ["'self'", "'unsafe-inline'"];
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", ...scripts],
    ["style-src", ...styles],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...(options.dev ? ["ws:"] : [])],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ...(options.https ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** For answers that are not pages (the API, files): nothing may run or embed them. */
export const API_CONTENT_SECURITY_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
