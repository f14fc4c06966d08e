// What still refers to an organisation: the list the delete dialog shows and
// the reason a delete is refused. Counted with the caller's client (inside
// the delete's transaction when deleting).
import "server-only";
import { collectReferences } from "@/lib/admin/references";
import type { Reference } from "@/lib/admin/form-state";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

type Client = Tx | typeof db;

export const ORGANISATION_REFERENCE_KINDS = [
  "innovations",
  "projects",
  "contacts",
  "programmes",
  "calls",
  "referrals",
  "supporterReports",
] as const;

export function organisationReferences(id: string, client: Client = db, locale: Locale = "lv"): Promise<Reference[]> {
  const href = (path: string) => localizedHref(path, locale);
  const programmeWhere = { OR: [{ funderId: id }, { operatorId: id }, { managingAuthorityId: id }] };
  return collectReferences([
    {
      kind: "innovations",
      count: () => client.innovation.count({ where: { organisations: { some: { organisationId: id } } } }),
      examples: (take) =>
        client.innovation
          .findMany({
            where: { organisations: { some: { organisationId: id } } },
            take,
            orderBy: { titleLv: "asc" },
            select: { id: true, titleLv: true },
          })
          .then((rows) => rows.map((r) => ({ label: r.titleLv, href: href(`/admin/innovations/${r.id}`) }))),
    },
    {
      kind: "projects",
      count: () => client.project.count({ where: { organisations: { some: { organisationId: id } } } }),
      examples: (take) =>
        client.project
          .findMany({
            where: { organisations: { some: { organisationId: id } } },
            take,
            orderBy: { titleLv: "asc" },
            select: { id: true, titleLv: true },
          })
          .then((rows) => rows.map((r) => ({ label: r.titleLv, href: href(`/admin/projects/${r.id}`) }))),
    },
    {
      kind: "contacts",
      count: () => client.contact.count({ where: { organisationId: id } }),
      examples: (take) =>
        client.contact
          .findMany({ where: { organisationId: id }, take, orderBy: { name: "asc" }, select: { id: true, name: true } })
          .then((rows) => rows.map((r) => ({ label: r.name, href: href(`/admin/contacts/${r.id}`) }))),
    },
    {
      kind: "programmes",
      count: () => client.fundingProgramme.count({ where: programmeWhere }),
      examples: (take) =>
        client.fundingProgramme
          .findMany({ where: programmeWhere, take, orderBy: { titleLv: "asc" }, select: { id: true, titleLv: true } })
          .then((rows) => rows.map((r) => ({ label: r.titleLv, href: href(`/admin/programmes/${r.id}`) }))),
    },
    {
      kind: "calls",
      count: () => client.fundingCall.count({ where: { funderId: id } }),
      examples: (take) =>
        client.fundingCall
          .findMany({ where: { funderId: id }, take, orderBy: { titleLv: "asc" }, select: { id: true, titleLv: true } })
          .then((rows) => rows.map((r) => ({ label: r.titleLv, href: href(`/admin/calls/${r.id}`) }))),
    },
    {
      kind: "referrals",
      count: () => client.referral.count({ where: { organisationId: id } }),
      // consultation requests hold personal data: only their reference number is named
      examples: (take) =>
        client.referral
          .findMany({
            where: { organisationId: id },
            take,
            orderBy: { createdAt: "desc" },
            select: { request: { select: { reference: true } } },
          })
          .then((rows) => rows.map((r) => ({ label: r.request.reference }))),
    },
    {
      kind: "supporterReports",
      count: () => client.supporterReport.count({ where: { organisationId: id } }),
      examples: (take) =>
        client.supporterReport
          .findMany({ where: { organisationId: id }, take, select: { review: { select: { year: true } } } })
          .then((rows) => rows.map((r) => ({ label: String(r.review.year) }))),
    },
  ]);
}
