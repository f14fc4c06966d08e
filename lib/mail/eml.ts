// Reads an .eml file the file transport wrote, for the development mailbox
// page: headers, the plain-text body and the list of attachments. Only
// displayed as text; an HTML part is listed as an attachment, never rendered.
import { parseHeaders } from "./dev-mailbox";

type EmlAttachment = { name: string; type: string; size: number };
export type ParsedEml = { headers: [string, string][]; text: string | null; attachments: EmlAttachment[] };

function param(value: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\*?=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(value);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function decode(body: string, encoding: string): Buffer {
  switch (encoding.toLowerCase()) {
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64");
    case "quoted-printable": {
      const soft = body.replace(/=\r?\n/g, "");
      const bytes: number[] = [];
      for (let i = 0; i < soft.length; i++) {
        const hex = soft.slice(i + 1, i + 3);
        if (soft[i] === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
          bytes.push(parseInt(hex, 16));
          i += 2;
        } else bytes.push(...Buffer.from(soft[i]!, "utf8"));
      }
      return Buffer.from(bytes);
    }
    default:
      return Buffer.from(body, "utf8");
  }
}

function splitPart(raw: string): { head: string; body: string } {
  const m = /\r?\n\r?\n/.exec(raw);
  return m ? { head: raw.slice(0, m.index), body: raw.slice(m.index + m[0].length) } : { head: raw, body: "" };
}

function walk(raw: string, out: ParsedEml, depth: number): void {
  const { head, body } = splitPart(raw);
  const headers = parseHeaders(`${head}\r\n\r\n`);
  const contentType = headers.get("content-type") ?? "text/plain";
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  const boundary = param(contentType, "boundary");
  if (type.startsWith("multipart/") && boundary && depth < 10) {
    const parts = body.split(
      new RegExp(`\\r?\\n?--${boundary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:--)?[ \\t]*\\r?\\n?`),
    );
    // parts[0] is the preamble and the last one the epilogue
    for (const part of parts.slice(1, -1)) if (part.trim()) walk(part, out, depth + 1);
    return;
  }
  const content = decode(body, headers.get("content-transfer-encoding") ?? "7bit");
  const disposition = headers.get("content-disposition") ?? "";
  const name = param(disposition, "filename") ?? param(contentType, "name");
  if (type === "text/plain" && !/^attachment/i.test(disposition) && out.text === null) {
    out.text = content.toString("utf8");
    return;
  }
  out.attachments.push({ name: name ?? "—", type, size: content.length });
}

export function parseEml(raw: string): ParsedEml {
  const { head } = splitPart(raw);
  const out: ParsedEml = { headers: [...parseHeaders(`${head}\r\n\r\n`)], text: null, attachments: [] };
  walk(raw, out, 0);
  return out;
}
