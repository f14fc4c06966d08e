import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import { formIssuedAt } from "@/lib/forms/spam";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { resolveLocale } from "@/lib/i18n/locale";
import { localizedHref } from "@/lib/i18n/paths";
import { alternatesFor } from "@/lib/innovations/urls";
import { criterionField, SIF_CRITERIA } from "@/lib/submissions/criteria";
import { INITIAL_SUBMISSION_STATE } from "@/lib/submissions/form-state";
import { loadCorrectionTarget, loadRevision, loadSubmissionChoices } from "@/lib/submissions/form-options";
import { ModeNav } from "./_components/mode-nav";
import { PrivacyNotice } from "@/components/forms/privacy-notice";
import { SubmissionForm } from "./_components/submission-form";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "submissions.form" });
  return { title: t("title"), description: t("lead"), alternates: alternatesFor("/submit", locale) };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * /submit proposes a new innovation; /submit?kind=correction or ?correction=<slug>
 * (the detail page's link) suggests a correction; ?revise=<token> (the link in
 * an editor's request for changes) reopens that submission with its values.
 */
export default async function SubmitPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const [raw, t, messages] = await Promise.all([searchParams, getTranslations("submissions.form"), getMessages()]);
  const reviseToken = first(raw.revise);
  const revision = reviseToken ? await loadRevision(reviseToken) : null;
  const slug = revision ? (revision.correctionSlug ?? undefined) : first(raw.correction);
  const mode = revision?.mode ?? (slug !== undefined || first(raw.kind) === "correction" ? "correction" : "proposal");
  const [choices, target] = await Promise.all([loadSubmissionChoices(locale), loadCorrectionTarget(slug, locale)]);
  const criteria = SIF_CRITERIA.map((key) => ({
    field: criterionField(key),
    question: messages.submissions.criteria[key],
  }));
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      {revision ? (
        <section
          aria-labelledby="revise-heading"
          className="mb-8 max-w-3xl rounded border-l-4 border-accent bg-surface p-4"
        >
          <h2 id="revise-heading" className="text-lg font-semibold text-brand-strong">
            {t("reviseHeading")}
          </h2>
          <p className="mt-2 whitespace-pre-wrap" data-testid="revise-message">
            {revision.message}
          </p>
          <p className="mt-2">{t("reviseLead")}</p>
        </section>
      ) : reviseToken ? (
        <div className="mb-8">
          <Notice>{messages.submissions.errors.reviseExpired}</Notice>
        </div>
      ) : null}
      <ModeNav
        label={t("modeNav")}
        current={mode}
        items={[
          { mode: "proposal", label: t("modeProposal"), href: localizedHref("/submit", locale) },
          { mode: "correction", label: t("modeCorrection"), href: localizedHref("/submit", locale, "kind=correction") },
        ]}
      />
      <SubmissionForm
        key={mode}
        mode={mode}
        locale={locale}
        text={messages.submissions.form}
        errors={messages.submissions.errors}
        choices={choices}
        criteria={criteria}
        target={target ? { ...target, href: localizedHref(`/innovations/${target.slug}`, locale) } : null}
        // the page renders per request (it reads the URL), so this is when the person got the form
        renderedAt={formIssuedAt()}
        initial={revision ? { ...INITIAL_SUBMISSION_STATE, values: revision.values } : INITIAL_SUBMISSION_STATE}
        privacyNotice={<PrivacyNotice namespace="submissions.form" id="submission-privacy" />}
      />
    </>
  );
}
