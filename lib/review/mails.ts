// The supporters' report mails, in the language staff chose for the supporter:
// the invitation with the signed link, the receipt, acceptance, a return with
// the reason (and the same link), and the note to staff that a report came in.
// Texts live here because they are rendered outside any page.
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";
import type { MailMessage } from "@/lib/mail/message";

export type MailReport = {
  id: string;
  year: number;
  organisation: string;
  /** Where the supporter hears from us. */
  email: string;
  name?: string | null;
  locale: Locale;
};

const url = (path: string) => new URL(path, env.PUBLIC_URL).toString();
const formLink = (token: string, locale: Locale) =>
  url(`${locale === "en" ? "/en" : ""}/review/report?token=${encodeURIComponent(token)}`);

const SIGNATURE = {
  lv: "Sabiedrības integrācijas fonds, Sociālo inovāciju kompetences centrs\ninovacija@sif.gov.lv",
  en: "Society Integration Foundation, Social Innovation Competence Centre\ninovacija@sif.gov.lv",
};

function toSupporter(
  r: MailReport,
  tag: string,
  subject: Record<Locale, string>,
  body: Record<Locale, string[]>,
): MailMessage {
  const l = r.locale;
  return {
    to: [{ address: r.email, ...(r.name ? { name: r.name } : {}) }],
    subject: subject[l],
    text: [l === "lv" ? "Labdien!" : "Hello,", "", ...body[l], "", SIGNATURE[l]].join("\n"),
    tag,
  };
}

export function inviteMail(r: MailReport, token: string): MailMessage {
  return toSupporter(
    r,
    "review.report.invite",
    {
      lv: `Lūdzam ziņot par ${r.year}. gadā sniegto atbalstu sociālajām inovācijām`,
      en: `Please report the support you gave to social innovation in ${r.year}`,
    },
    {
      lv: [
        `SIKC gatavo sociālo inovāciju ekosistēmas pārskatu par ${r.year}. gadu. Lūdzam organizāciju “${r.organisation}” norādīt, kādu atbalstu tā sniegusi: cik inovāciju atbalstītas, konsultācijas, mācības un dalībnieki, piešķirtie granti vai aizdevumi un kuri posmi aptverti.`,
        "",
        "Veidlapa (konts nav vajadzīgs; saite ir personīga, lūdzam to nepārsūtīt):",
        formLink(token, "lv"),
        "",
        "Ziņojumu varat labot, līdz pārskats tiek publicēts.",
      ],
      en: [
        `SIKC is compiling the social innovation ecosystem review for ${r.year}. Please tell us what support “${r.organisation}” gave: innovations supported, consultations, trainings and participants, grants or loans, and the stages covered.`,
        "",
        "The form (no account needed; the link is personal, please do not forward it):",
        formLink(token, "en"),
        "",
        "You can correct your report until the review is published.",
      ],
    },
  );
}

export function receivedMail(r: MailReport, token: string): MailMessage {
  return toSupporter(
    r,
    "review.report.received",
    { lv: `Ziņojums par ${r.year}. gadu saņemts`, en: `Report for ${r.year} received` },
    {
      lv: [
        `Paldies! Esam saņēmuši organizācijas “${r.organisation}” ziņojumu par ${r.year}. gadu. SIKC to pārskatīs un jums atbildēs.`,
        "Līdz pārskata publicēšanai ziņojumu var labot šeit:",
        formLink(token, "lv"),
      ],
      en: [
        `Thank you. We have received the report of “${r.organisation}” for ${r.year}. SIKC will review it and reply.`,
        "Until the review is published you can correct it here:",
        formLink(token, "en"),
      ],
    },
  );
}

export function acceptedMail(r: MailReport): MailMessage {
  return toSupporter(
    r,
    "review.report.accepted",
    { lv: `Ziņojums par ${r.year}. gadu pieņemts`, en: `Report for ${r.year} accepted` },
    {
      lv: [
        `Organizācijas “${r.organisation}” ziņojums par ${r.year}. gadu ir pieņemts un tiks iekļauts ekosistēmas pārskatā.`,
      ],
      en: [
        `The report of “${r.organisation}” for ${r.year} has been accepted and will be part of the ecosystem review.`,
      ],
    },
  );
}

export function returnedMail(r: MailReport, reason: string, token: string): MailMessage {
  return toSupporter(
    r,
    "review.report.returned",
    { lv: `Lūdzam precizēt ziņojumu par ${r.year}. gadu`, en: `Please correct your report for ${r.year}` },
    {
      lv: [
        `SIKC pārskatīja organizācijas “${r.organisation}” ziņojumu par ${r.year}. gadu un lūdz to precizēt:`,
        "",
        reason,
        "",
        "Labojiet ziņojumu šeit (iepriekš ierakstītais jau ir veidlapā):",
        formLink(token, "lv"),
      ],
      en: [
        `SIKC reviewed the report of “${r.organisation}” for ${r.year} and asks you to correct it:`,
        "",
        reason,
        "",
        "Correct it here (what you wrote before is already in the form):",
        formLink(token, "en"),
      ],
    },
  );
}

/** To editors: which report arrived and where to review it. */
export function staffMail(r: MailReport, staff: { email: string; name: string | null }[]): MailMessage | null {
  if (staff.length === 0) return null;
  const heading = "Atbalstītāja ziņojums / Supporter's report";
  return {
    to: staff.map((m) => ({ address: m.email, ...(m.name ? { name: m.name } : {}) })),
    subject: `${heading}: ${r.organisation} (${r.year})`.slice(0, 300),
    text: [heading, "", `${r.organisation} (${r.year})`, "", url(`/admin/reviews/${r.year}/reports/${r.id}`)].join(
      "\n",
    ),
    tag: "review.report.staff",
  };
}
