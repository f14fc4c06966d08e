"use client";
// The review's staff forms, on the form kit (AdminForm, CommandButton): a new
// review, its title and introduction, one form per section and per priority
// challenge, their deletes, and publishing. Every form keeps what was typed
// after an error; a refused command says why beside its button.
import { useTranslations } from "next-intl";
import { AdminForm } from "@/components/admin/admin-form";
import { BilingualField } from "@/components/admin/bilingual-field";
import { CommandButton } from "@/components/admin/command-button";
import { CheckboxGroupField, TextField, type Option } from "@/components/ui/field";
import type { FormValues } from "@/lib/forms/state";
import {
  createReviewAction,
  deleteChallengeAction,
  deleteSectionAction,
  publishReviewAction,
  saveChallengeAction,
  saveReviewTextAction,
  saveSectionAction,
} from "@/lib/review/actions";

export function NewReviewForm({ defaultYear }: { defaultYear: string }) {
  const t = useTranslations("review.admin");
  return (
    <AdminForm
      id="new-review"
      action={createReviewAction}
      initialValues={{ year: defaultYear }}
      fieldOrder={["year", "titleLv", "titleEn"]}
      submitLabel={t("create")}
    >
      {(f) => (
        <>
          <TextField
            {...f.text("year")}
            label={t("year")}
            hint={t("yearHint")}
            inputMode="numeric"
            required
            className="max-w-40"
          />
          <BilingualField {...f.bilingual("title")} label={t("reviewTitle")} required maxLength={200} />
        </>
      )}
    </AdminForm>
  );
}

export function ReviewTextForm({ id, values, arrival }: { id: string; values: FormValues; arrival: string | null }) {
  const t = useTranslations("review.admin");
  return (
    <AdminForm
      id="review-text"
      action={saveReviewTextAction}
      initialValues={values}
      fieldOrder={["titleLv", "titleEn", "introLv", "introEn"]}
      hidden={{ id }}
      submitLabel={t("saveText")}
      arrivalMessage={arrival}
    >
      {(f) => (
        <>
          <BilingualField {...f.bilingual("title")} label={t("reviewTitle")} required maxLength={200} />
          <BilingualField {...f.bilingual("intro")} label={t("intro")} hint={t("markdownHint")} multiline rows={10} />
        </>
      )}
    </AdminForm>
  );
}

type SectionProps = {
  id: string;
  year: number;
  /** Empty for the "new section" form. */
  sectionKey: string;
  values: FormValues;
  /** Computed and dataset sections stay; only staff sections can be deleted. */
  deletable: boolean;
  legend: string;
};

export function SectionForm({ id, year, sectionKey, values, deletable, legend }: SectionProps) {
  const t = useTranslations("review.admin");
  const formId = `section-${sectionKey || "new"}`;
  return (
    <fieldset className="rounded border border-line p-4">
      <legend className="px-1 font-semibold text-brand-strong">{legend}</legend>
      <AdminForm
        id={formId}
        action={saveSectionAction}
        initialValues={values}
        fieldOrder={["lv", "en", "bodyLv", "bodyEn"]}
        hidden={{ id, key: sectionKey, year: String(year) }}
        submitLabel={sectionKey ? t("saveSection") : t("addSection")}
      >
        {(f) => (
          <>
            <div className="grid gap-4 md:grid-cols-2">
              <TextField {...f.text("lv")} label={`${t("sectionHeading")} (LV)`} required lang="lv" />
              <TextField {...f.text("en")} label={`${t("sectionHeading")} (EN)`} lang="en" />
            </div>
            <BilingualField
              {...f.bilingual("body")}
              label={t("sectionBody")}
              hint={t("markdownHint")}
              multiline
              rows={6}
            />
          </>
        )}
      </AdminForm>
      {deletable ? (
        <CommandButton
          action={deleteSectionAction}
          fields={{ id, key: sectionKey }}
          label={t("deleteSection")}
          tone="danger"
          doneMessage={t("deleted")}
          className="mt-4"
        />
      ) : null}
    </fieldset>
  );
}

type ChallengeProps = {
  id: string;
  year: number;
  challengeId: string;
  values: FormValues;
  innovations: Option[];
  legend: string;
};

export function ChallengeForm({ id, year, challengeId, values, innovations, legend }: ChallengeProps) {
  const t = useTranslations("review.admin");
  const formId = `challenge-${challengeId || "new"}`;
  return (
    <fieldset className="rounded border border-line p-4">
      <legend className="px-1 font-semibold text-brand-strong">{legend}</legend>
      <AdminForm
        id={formId}
        action={saveChallengeAction}
        initialValues={values}
        fieldOrder={["titleLv", "titleEn", "bodyLv", "bodyEn", "innovationIds"]}
        hidden={{ id, challengeId, year: String(year) }}
        submitLabel={challengeId ? t("saveChallenge") : t("addChallenge")}
      >
        {(f) => (
          <>
            <BilingualField {...f.bilingual("title")} label={t("challengeTitle")} required maxLength={200} />
            <BilingualField
              {...f.bilingual("body")}
              label={t("challengeBody")}
              hint={t("markdownHint")}
              multiline
              rows={4}
            />
            <CheckboxGroupField
              {...f.list("innovationIds")}
              label={t("challengeInnovations")}
              options={innovations}
              scroll
            />
          </>
        )}
      </AdminForm>
      {challengeId ? (
        <CommandButton
          action={deleteChallengeAction}
          fields={{ id, challengeId }}
          label={t("deleteChallenge")}
          tone="danger"
          doneMessage={t("deleted")}
          className="mt-4"
        />
      ) : null}
    </fieldset>
  );
}

export function PublishForm({ id }: { id: string }) {
  const t = useTranslations("review.admin");
  return (
    <div className="mt-4 space-y-4">
      <p className="max-w-3xl">{t("publishLead")}</p>
      <CommandButton action={publishReviewAction} fields={{ id }} label={t("publish")} tone="primary" />
    </div>
  );
}
