import type { Metadata } from "next";
import { cache } from "react";
import { recordMetadata } from "@/lib/admin/record-metadata";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { FormValues } from "@/lib/admin/form-state";
import { requirePagePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { resolveLocale } from "@/lib/i18n/locale";
import { localizedHref } from "@/lib/i18n/paths";
import { loadSubmissionChoices } from "@/lib/submissions/form-options";
import { CORRECTION_FIELDS, proposalFormValues } from "@/lib/submissions/innovation-input";
import { OPEN_STATUSES } from "@/lib/submissions/moderation";
import { getSubmission, organisationOptions } from "@/lib/submissions/queries";
import { ZCorrectionPayload, ZProposalPayload } from "@/lib/submissions/schema";
import { SubmissionStatusBadge } from "../_components/submission-status-badge";
import { ApproveForm } from "./_components/approve-form";
import { CorrectionCompare } from "./_components/correction-compare";
import { MessageForm } from "./_components/message-form";
import { ProposalView } from "./_components/proposal-view";
import { StatusMessage } from "@/components/admin/status-message";

const loadSubmission = cache(getSubmission);

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "submissions" });
  const { id } = await params;
  return recordMetadata("content:read", t("title"), async () => {
    const submission = await loadSubmission(id);
    return submission ? `${t(`admin.kinds.${submission.kind}`)}: ${submission.title || t("admin.untitled")}` : null;
  });
}

const DONE = ["approved", "changes", "rejected"] as const;

/** One submission: what was sent (as text), a correction beside the record, and the three moderation steps. */
export default async function SubmissionReviewPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const user = await requirePagePermission(locale, "content:read", `/admin/submissions/${id}`);
  const [submission, raw, t, format] = await Promise.all([
    loadSubmission(id),
    searchParams,
    getTranslations("submissions"),
    getFormatter(),
  ]);
  if (!submission) notFound();
  const choices = await loadSubmissionChoices(locale);
  const open = (OPEN_STATUSES as readonly string[]).includes(submission.status);
  const mayAct = can(user.role, "content:write");
  const done = DONE.find((d) => d === raw.done);

  const proposal = submission.kind === "NEW_INNOVATION" ? ZProposalPayload.safeParse(submission.payload) : null;
  const correction = submission.kind === "CORRECTION" ? ZCorrectionPayload.safeParse(submission.payload) : null;
  const readable = Boolean(proposal?.success || correction?.success);

  let approveValues: FormValues | null = null;
  let organisations: { value: string; label: string }[] = [];
  if (open && mayAct && proposal?.success) {
    approveValues = proposalFormValues(submission.payload, submission.locale);
    organisations = await organisationOptions();
    // staff match the free-text implementer: an exact name match is preselected
    const match = await db.organisation.findFirst({
      where: { nameLv: { equals: proposal.data.organisationName, mode: "insensitive" } },
      select: { id: true },
    });
    if (approveValues && match) approveValues["organisations.0.organisationId"] = match.id;
  } else if (open && mayAct && correction?.success && submission.innovation) {
    const current = submission.innovation;
    approveValues = Object.fromEntries(CORRECTION_FIELDS.map((f) => [f, current[f] ?? ""]));
  }

  const when = (d: Date) => (
    <time dateTime={d.toISOString()}>{format.dateTime(d, { dateStyle: "medium", timeStyle: "short" })}</time>
  );
  return (
    <>
      <p className="mb-4">
        <Link href={localizedHref("/admin/submissions", locale)}>{t("admin.review.back")}</Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight text-brand-strong">
        <span className="sr-only">{t(`admin.kinds.${submission.kind}`)}: </span>
        <span lang={submission.innovation ? "lv" : submission.locale}>{submission.title || t("admin.untitled")}</span>
      </h1>
      <StatusMessage message={done ? t(`admin.review.done.${done}`) : null} />

      <section aria-labelledby="details-heading" className="mt-6">
        <h2 id="details-heading" className="sr-only">
          {t("admin.review.details")}
        </h2>
        <dl className="grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{t("admin.review.kind")}</dt>
          <dd>{t(`admin.kinds.${submission.kind}`)}</dd>
          <dt className="font-semibold">{t("admin.review.status")}</dt>
          <dd data-testid="submission-status">
            <SubmissionStatusBadge status={submission.status} label={t(`admin.statuses.${submission.status}`)} />
          </dd>
          <dt className="font-semibold">{t("admin.review.submitter")}</dt>
          <dd>{submission.submitterName}</dd>
          <dt className="font-semibold">{t("admin.review.email")}</dt>
          <dd className="break-all">{submission.submitterEmail}</dd>
          <dt className="font-semibold">{t("admin.review.language")}</dt>
          <dd>{t(`admin.review.languages.${submission.locale === "en" ? "en" : "lv"}`)}</dd>
          <dt className="font-semibold">{t("admin.review.received")}</dt>
          <dd>{when(submission.createdAt)}</dd>
          {submission.reviewedAt ? (
            <>
              <dt className="font-semibold">{t("admin.review.reviewed")}</dt>
              <dd>
                {when(submission.reviewedAt)}
                {submission.reviewedBy ? ` · ${submission.reviewedBy.name ?? submission.reviewedBy.email}` : null}
              </dd>
            </>
          ) : null}
          {submission.reason ? (
            <>
              <dt className="font-semibold">{t("admin.review.reason")}</dt>
              <dd className="whitespace-pre-wrap">{submission.reason}</dd>
            </>
          ) : null}
          {submission.innovation ? (
            <>
              <dt className="font-semibold">{t("admin.review.innovation")}</dt>
              <dd className="flex flex-wrap gap-4">
                <Link href={localizedHref(`/admin/innovations/${submission.innovation.id}`, locale)}>
                  {t("admin.review.openInnovation")}
                </Link>
                {submission.innovation.publication === "PUBLISHED" ? (
                  <Link href={localizedHref(`/innovations/${submission.innovation.slug}`, locale)}>
                    {t("admin.review.openPublic")}
                  </Link>
                ) : null}
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      {proposal?.success ? <ProposalView payload={proposal.data} labels={choices} lang={submission.locale} /> : null}
      {correction?.success ? (
        <CorrectionCompare innovation={submission.innovation} payload={correction.data} lang={submission.locale} />
      ) : null}
      {!readable ? (
        <p className="mt-8 rounded border-l-4 border-red-700 bg-red-50 p-4">{t("admin.review.invalidPayload")}</p>
      ) : null}

      {!open ? (
        <p className="mt-8 rounded border-l-4 border-accent bg-surface p-4">{t("admin.review.closed")}</p>
      ) : null}
      {open && !mayAct ? (
        <p className="mt-8 rounded border-l-4 border-accent bg-surface p-4">{t("admin.review.readOnly")}</p>
      ) : null}
      {open && mayAct ? (
        <>
          {approveValues ? (
            <section aria-labelledby="approve-heading" className="mt-10 border-t border-line pt-6">
              <h2 id="approve-heading" className="text-xl font-semibold text-brand-strong">
                {t("admin.approve.heading")}
              </h2>
              <ApproveForm
                id={submission.id}
                kind={submission.kind}
                initialValues={approveValues}
                choices={{ ...choices, organisations }}
                organisationName={proposal?.success ? proposal.data.organisationName : ""}
              />
            </section>
          ) : null}
          <section aria-labelledby="changes-heading" className="mt-10 border-t border-line pt-6">
            <h2 id="changes-heading" className="text-xl font-semibold text-brand-strong">
              {t("admin.changes.heading")}
            </h2>
            <MessageForm id={submission.id} step="changes" />
          </section>
          <section aria-labelledby="reject-heading" className="mt-10 border-t border-line pt-6">
            <h2 id="reject-heading" className="text-xl font-semibold text-brand-strong">
              {t("admin.reject.heading")}
            </h2>
            <MessageForm id={submission.id} step="reject" />
          </section>
        </>
      ) : null}
    </>
  );
}
