// Reads an .eml file the file transport wrote (the development mailbox page,
// the tests) with postal-mime: the headers with their encoded words decoded,
// the plain-text body and the other parts. Only displayed as text; an HTML
// part is listed as an attachment, never rendered.
import PostalMime, { decodeWords } from "postal-mime";

type EmlAttachment = { name: string; type: string; size: number };
export type ParsedEml = { headers: [string, string][]; text: string | null; attachments: EmlAttachment[] };

const sizeOf = (content: ArrayBuffer | Uint8Array | string) =>
  typeof content === "string" ? Buffer.byteLength(content) : content.byteLength;

export async function parseEml(raw: string): Promise<ParsedEml> {
  const mail = await PostalMime.parse(raw);
  return {
    headers: mail.headers.map((h): [string, string] => [h.key, decodeWords(h.value)]),
    text: mail.text ?? null,
    attachments: [
      ...(mail.html ? [{ name: "—", type: "text/html", size: Buffer.byteLength(mail.html) }] : []),
      ...mail.attachments.map((a) => ({ name: a.filename ?? "—", type: a.mimeType, size: sizeOf(a.content) })),
    ],
  };
}

/** One header's value ("" when absent); names are lower-case. */
export const headerOf = (mail: ParsedEml, name: string) => mail.headers.find(([h]) => h === name)?.[1] ?? "";
