// The base of every zod string that takes text from a form, an API or a CSV
// import. Control characters are refused with the caller's field error: NUL
// cannot be stored in PostgreSQL at all (the write failed as "try again
// later", which could never succeed), and the others are invisible in a
// page, mean nothing in a web form and are how log and header injection start.
// TAB, LF and CR stay allowed here: line breaks are each field's own rule.
import { z } from "zod";

// C0 controls but TAB/LF/CR, DEL, C1 controls, the two non-characters, and lone surrogates.
const CLASS = "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF\\p{Cs}";
const PLAIN = new RegExp(`^[^${CLASS}]*$`, "u");

/** Every character plainText() refuses, for code that replaces them instead (search boxes). */
export const CONTROL_CHARACTERS = new RegExp(`[${CLASS}]`, "gu");

/** True when `value` holds a character plainText() refuses. */
export const hasControlCharacters = (value: string): boolean => !PLAIN.test(value);

/** z.string(params) that refuses control characters with `controlError` (an i18n key). */
export const plainText = (controlError: string, params?: Parameters<typeof z.string>[0]) =>
  z.string(params).regex(PLAIN, { error: controlError });
