// Where mail goes: SMTP when SMTP_URL is set, else .eml files in DATA_DIR/mail
// (a fresh machine needs no mail server). Tests can swap the transport.
import fs from "node:fs/promises";
import path from "node:path";
import crypto from "node:crypto";
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { dataPath, env } from "@/lib/env";
import { ZMailMessage, type MailMessage, type ParsedMailMessage } from "./message";

export type SentMail = { messageId: string; file?: string };

export interface MailTransport {
  send(message: ParsedMailMessage): Promise<SentMail>;
}

export const devMailDir = () => dataPath("mail");

const address = (a: { address: string; name?: string }) => ({ address: a.address, name: a.name ?? "" });

function toNodemailer(message: ParsedMailMessage): Mail.Options {
  return {
    from: env.MAIL_FROM,
    to: message.to.map(address),
    replyTo: message.replyTo && address(message.replyTo),
    subject: message.subject,
    text: message.text,
    html: message.html,
    icalEvent: message.ical
      ? { method: message.ical.method, filename: "invite.ics", content: message.ical.content }
      : undefined,
    headers: message.tag ? { "X-SIKC-Tag": message.tag } : undefined,
  };
}

export function smtpTransport(url: string): MailTransport {
  // short timeouts: a dead server should fail the job fast so pg-boss retries it
  const transporter = nodemailer.createTransport(url, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as Parameters<typeof nodemailer.createTransport>[1]);
  return {
    async send(message) {
      const info = await transporter.sendMail(toNodemailer(message));
      return { messageId: info.messageId };
    },
  };
}

export function fileTransport(dir: string = devMailDir()): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    async send(message) {
      const info = await transporter.sendMail(toNodemailer(message));
      await fs.mkdir(dir, { recursive: true });
      // sortable by time; the random part keeps parallel workers apart
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${crypto.randomBytes(4).toString("hex")}.eml`;
      const file = path.join(dir, name);
      await fs.writeFile(file, info.message as Buffer);
      return { messageId: info.messageId, file };
    },
  };
}

let override: MailTransport | null = null;

/** For tests: force a transport (e.g. one that fails like a dead SMTP server); null restores the default. */
export function setMailTransport(transport: MailTransport | null): void {
  override = transport;
}

function getMailTransport(): MailTransport {
  if (override) return override;
  return env.SMTP_URL ? smtpTransport(env.SMTP_URL) : fileTransport();
}

/** Sends now, without the queue: used by the mail job. Everything else enqueues (lib/jobs/mail.ts). */
export async function deliverMail(message: MailMessage): Promise<SentMail> {
  return getMailTransport().send(ZMailMessage.parse(message));
}
