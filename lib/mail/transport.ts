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

/** Mails the worker sends at once: the SMTP pool's connections (file transport: the same number of writes). */
export const mailConcurrency = (): number => env.SMTP_MAX_CONNECTIONS;

export function smtpTransport(url: string): MailTransport {
  // One pool per process: connections are reused (a new TLS handshake per mail
  // was most of the time a mail took), within the server's limits from SMTP_*.
  const transporter = nodemailer.createTransport(url, {
    pool: true,
    maxConnections: env.SMTP_MAX_CONNECTIONS,
    maxMessages: env.SMTP_MAX_MESSAGES_PER_CONNECTION,
    ...(env.SMTP_RATE_PER_SECOND ? { rateDelta: 1000, rateLimit: env.SMTP_RATE_PER_SECOND } : {}),
    // short timeouts: a dead server should fail the job fast so pg-boss retries it
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

let configured: MailTransport | null = null;

function getMailTransport(): MailTransport {
  if (override) return override;
  configured ??= env.SMTP_URL ? smtpTransport(env.SMTP_URL) : fileTransport();
  return configured;
}

/** Sends now, without the queue: used by the mail job. Everything else enqueues (lib/jobs/mail.ts). */
export async function deliverMail(message: MailMessage): Promise<SentMail> {
  return getMailTransport().send(ZMailMessage.parse(message));
}
