// The submission mails: to the submitter at each step, in the language they
// used on the form, and to editors when something new arrives. Texts live here
// (not in messages/) because server code renders them outside any page. User
// text goes into bodies only; lib/mail/message.ts sanitises display names.
import { env } from "@/lib/env";
import type { MailMessage } from "@/lib/mail/message";
import type { Locale } from "@/lib/i18n/routing";
import { toLocale } from "@/lib/i18n/locale-schema";

export type MailSubmission = {
  id: string;
  kind: "NEW_INNOVATION" | "CORRECTION";
  submitterName: string;
  submitterEmail: string;
  locale: string;
  /** The proposed title, or the title of the innovation a correction is about. */
  title: string;
};

export type Staff = { email: string; name: string | null };

const loc = (s: MailSubmission): Locale => toLocale(s.locale);
const url = (path: string) => new URL(path, env.PUBLIC_URL).toString();
const publicUrl = (path: string, locale: Locale) => url(locale === "en" ? `/en${path}` : path);
const reviewUrl = (id: string) => url(`/admin/submissions/${id}`);

const SIGNATURE = {
  lv: "Sabiedrības integrācijas fonds, Sociālo inovāciju kompetences centrs",
  en: "Society Integration Foundation, Social Innovation Competence Centre",
};

const what = (s: MailSubmission, l: Locale) =>
  s.kind === "NEW_INNOVATION"
    ? l === "lv"
      ? `ierosinājumu par sociālo inovāciju “${s.title}”`
      : `proposal of the social innovation “${s.title}”`
    : l === "lv"
      ? `labojuma ierosinājumu par “${s.title}”`
      : `suggested correction to “${s.title}”`;

function toSubmitter(
  s: MailSubmission,
  tag: string,
  subject: Record<Locale, string>,
  body: Record<Locale, string[]>,
): MailMessage {
  const l = loc(s);
  return {
    to: [{ address: s.submitterEmail, name: s.submitterName }],
    subject: subject[l],
    text: [
      l === "lv" ? `Labdien, ${s.submitterName}!` : `Hello ${s.submitterName},`,
      "",
      ...body[l],
      "",
      SIGNATURE[l],
    ].join("\n"),
    tag,
  };
}

export function receivedMail(s: MailSubmission): MailMessage {
  return toSubmitter(
    s,
    "submission.received",
    { lv: "Jūsu ierosinājums ir saņemts", en: "We have received your submission" },
    {
      lv: [
        `Paldies! Esam saņēmuši jūsu ${what(s, "lv")}.`,
        "Redaktors to izskatīs, parasti 10 darbdienu laikā. Par katru soli jūs saņemsiet e-pastu: kad ierosinājums ir apstiprināts, ja vajadzīgi papildinājumi, vai ja to nevaram publicēt (ar pamatojumu).",
      ],
      en: [
        `Thank you. We have received your ${what(s, "en")}.`,
        "An editor will review it, usually within 10 working days. You will get an e-mail at each step: when it is approved, if we need more from you, or if we cannot publish it (with the reason).",
      ],
    },
  );
}

export function changesRequestedMail(s: MailSubmission, message: string, reviseToken: string): MailMessage {
  const link = (l: Locale) => publicUrl(`/submit?revise=${encodeURIComponent(reviseToken)}`, l);
  return toSubmitter(
    s,
    "submission.changes",
    { lv: "Lūdzam papildināt jūsu ierosinājumu", en: "Please add to your submission" },
    {
      lv: [
        `Redaktors izskatīja jūsu ${what(s, "lv")} un lūdz:`,
        "",
        message,
        "",
        "Papildiniet ierosinājumu šeit (jūsu iepriekš ierakstītais jau būs veidlapā):",
        link("lv"),
        "",
        "Varat arī atbildēt uz šo e-pastu.",
      ],
      en: [
        `An editor reviewed your ${what(s, "en")} and asks:`,
        "",
        message,
        "",
        "Update your submission here (what you wrote before is already in the form):",
        link("en"),
        "",
        "You can also reply to this e-mail.",
      ],
    },
  );
}

export function approvedMail(s: MailSubmission, innovation: { slug: string; published: boolean } | null): MailMessage {
  const link = (l: Locale) => (innovation?.published ? ["", publicUrl(`/innovations/${innovation.slug}`, l)] : []);
  return toSubmitter(
    s,
    "submission.approved",
    { lv: "Jūsu ierosinājums ir apstiprināts", en: "Your submission has been approved" },
    {
      lv: [
        `Jūsu ${what(s, "lv")} ir apstiprināts.`,
        innovation?.published
          ? "Tas ir publicēts sociālo inovāciju datubāzē:"
          : "Redaktori to vēl sagatavo publicēšanai; tas būs redzams datubāzē pēc publicēšanas.",
        ...link("lv"),
      ],
      en: [
        `Your ${what(s, "en")} has been approved.`,
        innovation?.published
          ? "It is published in the social innovation database:"
          : "Our editors are preparing it for publication; it will appear in the database once published.",
        ...link("en"),
      ],
    },
  );
}

export function rejectedMail(s: MailSubmission, reason: string): MailMessage {
  return toSubmitter(
    s,
    "submission.rejected",
    { lv: "Jūsu ierosinājumu nevaram publicēt", en: "We cannot publish your submission" },
    {
      lv: [
        `Paldies par jūsu ${what(s, "lv")}. Diemžēl to nevaram publicēt. Pamatojums:`,
        "",
        reason,
        "",
        "Ja jums ir jautājumi, atbildiet uz šo e-pastu vai rakstiet uz inovacija@sif.gov.lv.",
      ],
      en: [
        `Thank you for your ${what(s, "en")}. Unfortunately we cannot publish it. The reason:`,
        "",
        reason,
        "",
        "If you have questions, reply to this e-mail or write to inovacija@sif.gov.lv.",
      ],
    },
  );
}

/** To editors: what arrived and where to review it; personal details stay behind sign-in. */
export function editorsMail(s: MailSubmission, staff: Staff[]): MailMessage | null {
  if (staff.length === 0) return null;
  const heading =
    s.kind === "NEW_INNOVATION"
      ? "Jauns inovācijas ierosinājums / New innovation proposal"
      : "Jauns labojuma ierosinājums / New suggested correction";
  return {
    to: staff.map((m) => ({ address: m.email, name: m.name ?? undefined })),
    subject: `${heading}: ${s.title}`.slice(0, 300),
    text: [heading, "", s.title, "", reviewUrl(s.id)].join("\n"),
    tag: "submission.staff.new",
  };
}
