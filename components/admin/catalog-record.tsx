// The staff page of one catalogue record (a funding programme, a call, a
// resource): back link, heading with its status, then for someone who may
// write the publication buttons, the form and the duplicate and delete
// commands, for a reader the read-only rows, and last the record's history.
// The page reads the record and passes in what differs: its form, its
// read-only rows and its actions.
import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CommandButton } from "@/components/admin/command-button";
import { DangerZone } from "@/components/admin/danger-zone";
import { EntityHistory } from "@/components/admin/entity-history";
import { PublicationControls } from "@/components/admin/publication-controls";
import { StatusBadge, type PublicationStatus } from "@/components/admin/status-badge";
import { PageHeading } from "@/components/ui/page-heading";
import type { FormState, Reference } from "@/lib/forms/state";
import type { Locale } from "@/lib/i18n/routing";
import { localizedHref } from "@/lib/i18n/paths";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Query = Record<string, string | string[] | undefined>;

const ARRIVED_AS = ["DRAFT", "PUBLISHED", "ARCHIVED"] as const;

type Props = {
  /** Prefix of the sections' ids ("call" → call-publication, call-danger). */
  kind: string;
  locale: Locale;
  /** The list the back link returns to, e.g. "/admin/calls". */
  listPath: string;
  title: string;
  record: { id: string; titleLv: string; publication: PublicationStatus; isDemo: boolean };
  /** Beside the status badge (e.g. a call's open/closed state). */
  badges?: ReactNode;
  writable: boolean;
  actions: { publication: Action; duplicate: Action; delete: Action };
  references: readonly Reference[];
  referenceLabels?: Record<string, string>;
  /** The edit form, given the message that says why the person arrived (created, duplicated, published…). */
  form: (arrivalMessage: string | null) => ReactNode;
  readOnly: ReactNode;
  entityType: string;
  query: Query;
};

export async function CatalogRecord({
  kind,
  locale,
  listPath,
  title,
  record,
  badges,
  writable,
  actions,
  references,
  referenceLabels,
  form,
  readOnly,
  entityType,
  query,
}: Props) {
  const [c, kit] = await Promise.all([getTranslations("curationCatalog.common"), getTranslations("curation.kit")]);
  const publication = ARRIVED_AS.find((s) => s === query.publication);
  const arrival =
    query.created === "1"
      ? c("created")
      : query.duplicated === "1"
        ? c("duplicated")
        : publication
          ? c("publicationDone", { status: kit(`status.${publication}`) })
          : null;
  const fields = { id: record.id, locale };
  return (
    <>
      <p className="mb-2">
        <NextLink href={localizedHref(listPath, locale)}>← {c("back")}</NextLink>
      </p>
      <PageHeading title={title} />
      <div className="-mt-6 mb-4 flex flex-wrap items-center gap-3">
        <StatusBadge status={record.publication} />
        {badges}
        {record.isDemo ? <span className="text-sm text-muted">{c("demo")}</span> : null}
      </div>
      {writable ? (
        <>
          <section aria-labelledby={`${kind}-publication`} className="mb-6">
            <h2 id={`${kind}-publication`} className="sr-only">
              {c("publication")}
            </h2>
            <PublicationControls
              action={actions.publication}
              id={record.id}
              status={record.publication}
              labels={{
                publish: c("publish"),
                unpublish: c("unpublish"),
                archive: c("archive"),
                restore: c("restore"),
              }}
            />
          </section>
          {form(arrival)}
          <DangerZone id={`${kind}-danger`} title={c("danger")}>
            <CommandButton
              action={actions.duplicate}
              fields={fields}
              label={c("duplicate")}
              tone="secondary"
              confirm={{
                title: c("duplicateTitle"),
                body: c("duplicateBody"),
                confirmLabel: c("duplicateConfirm"),
                blockWhenReferenced: false,
              }}
            />
            <CommandButton
              action={actions.delete}
              fields={fields}
              label={c("delete")}
              tone="danger"
              confirm={{
                title: c("deleteTitle", { name: record.titleLv }),
                body: c("deleteBody"),
                confirmLabel: c("deleteConfirm"),
                references,
                referenceLabels,
              }}
            />
          </DangerZone>
        </>
      ) : (
        readOnly
      )}
      <EntityHistory entityType={entityType} entityId={record.id} page={Number(query.historyPage) || 1} />
    </>
  );
}
