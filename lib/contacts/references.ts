// What still refers to a contact person (the delete dialog's list).
import "server-only";
import type { Reference } from "@/lib/admin/form-state";
import { collectReferences } from "@/lib/admin/references";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";

export const CONTACT_REFERENCE_KINDS = ["innovations", "referrals"] as const;

export function contactReferences(
  id: string,
  client: Tx | typeof db = db,
  locale: Locale = "lv",
): Promise<Reference[]> {
  return collectReferences([
    {
      kind: "innovations",
      count: () => client.innovationExpert.count({ where: { contactId: id } }),
      examples: (take) =>
        client.innovationExpert
          .findMany({ where: { contactId: id }, take, select: { innovation: { select: { id: true, titleLv: true } } } })
          .then((rows) =>
            rows.map((r) => ({
              label: r.innovation.titleLv,
              href: localizedHref(`/admin/innovations/${r.innovation.id}`, locale),
            })),
          ),
    },
    {
      kind: "referrals",
      count: () => client.referral.count({ where: { contactId: id } }),
      examples: (take) =>
        client.referral
          .findMany({
            where: { contactId: id },
            take,
            orderBy: { createdAt: "desc" },
            select: { request: { select: { reference: true } } },
          })
          .then((rows) => rows.map((r) => ({ label: r.request.reference }))),
    },
  ]);
}
