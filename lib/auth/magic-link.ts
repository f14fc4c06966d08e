// The "send me a sign-in link" provider, built by hand so the mail goes
// through lib/mail like every other (SMTP, or an .eml file in DATA_DIR/mail
// when SMTP_URL is unset) and so unknown addresses get no mail.
import "server-only";
import { createTranslator } from "next-intl";
import type { EmailConfig, SendVerificationRequestParams } from "next-auth/providers/email";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { deliverMail } from "@/lib/mail/transport";
import en from "@/messages/en/admin.json";
import lv from "@/messages/lv/admin.json";
import type { Locale } from "@/lib/i18n/routing";

const MAGIC_LINK_MAX_AGE_SECONDS = 15 * 60;

function mailText(locale: Locale, url: string, expires: Date) {
  const t = createTranslator({ locale, messages: locale === "lv" ? lv : en, namespace: "auth.mail" });
  const time = new Intl.DateTimeFormat(locale, {
    timeZone: "Europe/Riga",
    dateStyle: "short",
    timeStyle: "short",
  }).format(expires);
  return { subject: t("subject"), text: [t("greeting"), "", t("body", { time }), url, "", t("ignore")].join("\n") };
}

export async function sendSignInLink({ identifier, url, expires }: SendVerificationRequestParams): Promise<void> {
  // Unknown or disabled addresses get no mail, yet the form answers the same:
  // the sign-in page must not reveal who has a staff account.
  const user = await db.user.findFirst({ where: { email: identifier, active: true }, select: { id: true } });
  if (!user) return;
  // Staff may read either language; Latvian first as the source language.
  const lvText = mailText("lv", url, expires);
  const enText = mailText("en", url, expires);
  // Sent at once rather than queued: a link arriving after a retry delay is useless.
  await deliverMail({
    to: identifier,
    tag: "auth.sign-in-link",
    subject: `${lvText.subject} / ${enText.subject}`,
    text: `${lvText.text}\n\n— — —\n\n${enText.text}\n`,
  });
}

export const magicLinkProvider: EmailConfig = {
  id: "email",
  type: "email",
  name: "Email",
  server: "",
  from: env.MAIL_FROM,
  maxAge: MAGIC_LINK_MAX_AGE_SECONDS,
  sendVerificationRequest: sendSignInLink,
  options: {},
};
