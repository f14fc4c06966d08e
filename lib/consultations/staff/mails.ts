// Mails staff send from a request page, in the requester's interface
// language. Only what staff typed for the requester goes in: internal notes
// never do. Subjects and names reach headers only through lib/mail/message.ts.
import type { MailMessage } from "@/lib/mail/message";
import type { Locale } from "@/lib/i18n/routing";
import { toLocale } from "@/lib/i18n/locale-schema";

const loc = (locale: string): Locale => toLocale(locale);

export type MailRecipient = { reference: string; name: string; email: string; locale: string };
export type Partner = { organisation: string; email: string; contactName: string | null };

const signature = (l: Locale) =>
  l === "lv"
    ? "Sabiedrības integrācijas fonds, Sociālo inovāciju kompetences centrs"
    : "Society Integration Foundation, Social Innovation Competence Centre";

export function replyMail(r: MailRecipient, subject: string, body: string): MailMessage {
  const l = loc(r.locale);
  return {
    to: [{ address: r.email, name: r.name }],
    subject: `${subject} [${r.reference}]`,
    text: [body, "", "—", `${l === "lv" ? "Pieteikums" : "Request"} ${r.reference}`, signature(l)].join("\n"),
    tag: "consultation.reply",
  };
}

/** To the requester: who will help them and how to reach them. */
export function referralRequesterMail(r: MailRecipient, partner: Partner, message: string): MailMessage {
  const l = loc(r.locale);
  const who = partner.contactName ? `${partner.contactName}, ${partner.organisation}` : partner.organisation;
  return {
    to: [{ address: r.email, name: r.name }],
    subject:
      l === "lv"
        ? `Jūsu pieteikums ${r.reference}: sazinieties ar ${partner.organisation}`
        : `Your request ${r.reference}: contact ${partner.organisation}`,
    text: [
      l === "lv" ? `Labdien, ${r.name}!` : `Hello ${r.name},`,
      "",
      l === "lv"
        ? `Jūsu jautājumā vislabāk palīdzēs mūsu partneris: ${who}. Esam viņiem nosūtījuši jūsu vārdu, e-pastu un šo ziņu.`
        : `Our partner ${who} is best placed to help with your question. We have sent them your name, e-mail address and this message.`,
      `${l === "lv" ? "Kontakts" : "Contact"}: ${partner.email}`,
      "",
      message,
      "",
      signature(l),
    ].join("\n"),
    tag: "consultation.referral.requester",
  };
}

/**
 * To the partner: the requester's name and address so they can get in touch,
 * and the consultant's message. The request's description stays with the SIKC
 * (data minimisation): the consultant writes what the partner needs to know.
 */
export function referralPartnerMail(r: MailRecipient, partner: Partner, message: string): MailMessage {
  const l = loc(r.locale);
  return {
    to: [{ address: partner.email, name: partner.contactName ?? partner.organisation }],
    replyTo: { address: r.email, name: r.name },
    subject:
      l === "lv"
        ? `SIKC pāradresē konsultācijas pieteikumu ${r.reference}`
        : `SIKC refers consultation request ${r.reference} to you`,
    text: [
      l === "lv" ? "Labdien!" : "Hello,",
      "",
      l === "lv"
        ? `Sociālo inovāciju kompetences centrs lūdz jūs palīdzēt: ${r.name} (${r.email}) vērsās pie mums, un jūsu kompetence šim jautājumam der vislabāk.`
        : `The Social Innovation Competence Centre asks for your help: ${r.name} (${r.email}) contacted us, and your expertise fits their question best.`,
      "",
      message,
      "",
      l === "lv"
        ? "Atbildot uz šo vēstuli, jūs rakstīsiet tieši pieteicējam."
        : "Replying to this mail writes to the requester directly.",
      signature(l),
    ].join("\n"),
    tag: "consultation.referral.partner",
  };
}
