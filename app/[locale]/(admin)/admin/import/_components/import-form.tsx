"use client";
// The import page's steps on one screen: check a file (nothing written),
// read the report, then import the checked file. The import form carries only
// the signed id of the file the server kept; the server checks it again and
// the worker writes it. While it runs, the page asks how it went every few
// seconds, or at once when the "check progress" button is pressed. The steps
// go through `step` below, a client function, so this page needs JavaScript.
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import { controlClass } from "@/components/ui/field";
import type { ActionDenied } from "@/lib/auth/guard";
import { checkImport, importStatus, runImport } from "@/lib/import/actions";
import { MAX_BYTES } from "@/lib/import/csv";
import { initialImportState, type ImportFormState, type ImportProblem } from "@/lib/import/form-state";
import type { ImportKind } from "@/lib/import/types";
import { localizedHref } from "@/lib/i18n/paths";
import type { Locale } from "@/lib/i18n/routing";
import { ImportReportView, MAX_MB } from "./import-report";

type State = ImportFormState | ActionDenied;
type Problem = ImportProblem | ActionDenied["error"];

const LIST_PATH: Record<ImportKind, string> = {
  innovations: "/admin/innovations",
  organisations: "/admin/organisations",
};
const FILE_PROBLEMS: readonly Problem[] = ["fileRequired", "notCsv"];

/** How often a running import is asked about. */
const POLL_MS = 2000;

// All steps share one state, so the screen always shows the latest answer.
const step = (previous: State, formData: FormData): Promise<State> => {
  const prev = "attempt" in previous ? previous : initialImportState;
  const which = formData.get("step");
  return which === "import"
    ? runImport(prev, formData)
    : which === "status"
      ? importStatus(prev, formData)
      : checkImport(prev, formData);
};

export function ImportForm({ kinds }: { kinds: { value: ImportKind; label: string }[] }) {
  const t = useTranslations("audit.import");
  const locale = useLocale() as Locale;
  const [state, action] = useActionState(step, initialImportState);
  const [clientError, setClientError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLFormElement>(null);
  const s: ImportFormState | null = "attempt" in state ? state : null;
  const problem: Problem | null = s ? s.problem : (state as ActionDenied).error;
  const fileError =
    clientError ??
    (problem && FILE_PROBLEMS.includes(problem) ? t(`problems.${problem}` as "problems.fileRequired") : null);
  const otherProblem =
    problem && !FILE_PROBLEMS.includes(problem) ? t(`problems.${problem}` as "problems.generic") : null;
  const kind = s?.kind ?? "innovations";

  useEffect(() => {
    if (fileError) fileRef.current?.focus();
  }, [fileError, state]);

  // Each answer that says "still running" schedules the next question.
  useEffect(() => {
    if (s?.phase !== "running") return;
    const timer = setTimeout(() => statusRef.current?.requestSubmit(), POLL_MS);
    return () => clearTimeout(timer);
  }, [s]);

  // Checked here first so a too-large file gets a message instead of a refused upload.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const file = fileRef.current?.files?.[0];
    if (file && file.size > MAX_BYTES) {
      event.preventDefault();
      setClientError(t("errors.tooLargeClient", { size: (file.size / 1024 / 1024).toFixed(1), mb: MAX_MB }));
    } else setClientError(null);
  }

  return (
    <>
      <form action={action} onSubmit={onSubmit} className="max-w-2xl space-y-6" data-testid="import-check-form">
        <input type="hidden" name="step" value="check" />
        <fieldset>
          <legend className="font-semibold">{t("kind")}</legend>
          <div className="mt-2 flex flex-wrap gap-6">
            {kinds.map((k) => (
              <label key={k.value} className="flex items-center gap-2">
                <input type="radio" name="kind" value={k.value} defaultChecked={k.value === kind} className="size-4" />
                {k.label}
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="import-file" className="block font-semibold">
            {t("file")}
          </label>
          <p id="import-file-hint" className="mt-1 text-sm text-muted">
            {t("fileHint")}
          </p>
          <input
            ref={fileRef}
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-describedby={fileError ? "import-file-hint import-file-error" : "import-file-hint"}
            aria-invalid={fileError ? true : undefined}
            className={controlClass}
            onChange={() => setClientError(null)}
          />
          {fileError ? (
            <p id="import-file-error" className="mt-1 font-semibold text-red-800">
              {fileError}
            </p>
          ) : null}
        </div>
        {otherProblem ? (
          <p role="alert" className="rounded border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
            {otherProblem}
          </p>
        ) : null}
        <SubmitButton pendingText={t("checking")}>{t("check")}</SubmitButton>
      </form>

      {s?.phase === "imported" && s.report ? (
        <div
          role="status"
          className="mt-8 rounded border-l-4 border-green-800 bg-green-50 p-4 text-green-900"
          data-testid="import-done"
        >
          <p className="font-semibold">{t("done", { count: s.created, file: s.report.fileName })}</p>
          <p className="mt-2">
            <a href={localizedHref(LIST_PATH[s.kind], locale)}>{kinds.find((k) => k.value === s.kind)?.label}</a>
          </p>
        </div>
      ) : null}

      {s?.phase === "running" && s.job ? (
        <form
          ref={statusRef}
          action={action}
          className="mt-8 rounded border-l-4 border-brand bg-surface p-4"
          data-testid="import-running"
        >
          <p role="status" className="font-semibold">
            {t("running", { file: s.job.fileName })}
          </p>
          <input type="hidden" name="step" value="status" />
          <input type="hidden" name="kind" value={s.kind} />
          <input type="hidden" name="jobId" value={s.job.id} />
          <input type="hidden" name="fileName" value={s.job.fileName} />
          <div className="mt-3">
            <SubmitButton pendingText={t("checkingProgress")}>{t("checkProgress")}</SubmitButton>
          </div>
        </form>
      ) : null}

      {s?.phase === "checked" && s.report ? <ImportReportView report={s.report} /> : null}

      {s?.phase === "checked" && s.token && s.report ? (
        <form action={action} className="mt-4" data-testid="import-run-form">
          <input type="hidden" name="step" value="import" />
          <input type="hidden" name="kind" value={s.kind} />
          <input type="hidden" name="token" value={s.token} />
          <SubmitButton pendingText={t("importing")}>{t("import", { count: s.report.rows })}</SubmitButton>
        </form>
      ) : null}
    </>
  );
}
