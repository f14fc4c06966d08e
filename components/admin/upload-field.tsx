"use client";
// A file field for staff forms: the chosen file goes at once to
// POST /api/admin/uploads (checked there by content and size), and the form
// posts only the upload's id in a hidden input. A refusal (a renamed
// executable, an oversize file) appears next to the field while every other
// value in the form stays as typed. The file input itself has no name, so the
// bytes never travel with the form. Use inside <AdminForm>:
//   <UploadField id={f.id("fileId")} name="fileId" labelName="fileLabel" purpose="file"
//     defaultValue={f.text("fileId").defaultValue} defaultLabel={f.text("fileLabel").defaultValue}
//     error={f.error("fileId")} label="File" />
// `labelName` carries the file's name/size as JSON so it is echoed back after a server-side error.
import { useLocale, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { acceptAttribute, limitMb, SIZE_LIMITS, type UploadError, type UploadPurpose } from "@/lib/uploads/policy";
import { controlClass, describedBy, FieldError, FieldHint, FieldLabel } from "@/components/ui/field";

type FileInfo = { name: string; size: number; mime?: string };

type Props = {
  id: string;
  name: string;
  labelName: string;
  purpose: UploadPurpose;
  label: string;
  hint?: string;
  defaultValue: string;
  defaultLabel: string;
  error?: string;
};

function parseInfo(text: string): FileInfo | null {
  try {
    const v = JSON.parse(text) as Partial<FileInfo>;
    return typeof v.name === "string" && typeof v.size === "number"
      ? { name: v.name, size: v.size, mime: v.mime }
      : null;
  } catch {
    return null;
  }
}

type Answer =
  | { ok: true; upload: { id: string; originalName: string; sizeBytes: number; mimeType: string } }
  | { ok: false; error: UploadError | "forbidden"; limitMb?: number };

export function UploadField({ id, name, labelName, purpose, label, hint, defaultValue, defaultLabel, error }: Props) {
  const t = useTranslations("curationCatalog.upload");
  const locale = useLocale();
  const statusId = useId();
  const [uploadId, setUploadId] = useState(defaultValue);
  const [info, setInfo] = useState<FileInfo | null>(defaultValue ? parseInfo(defaultLabel) : null);
  const [busy, setBusy] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const [justUploaded, setJustUploaded] = useState(false);
  const [removed, setRemoved] = useState(false);

  const size = (bytes: number) => {
    const mb = bytes / (1024 * 1024);
    const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return mb >= 1 ? `${nf.format(mb)} MB` : `${nf.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  };
  const refusal = (answer: { error: string; limitMb?: number }) =>
    answer.error === "tooLarge"
      ? t("errors.tooLarge", { limit: answer.limitMb ?? limitMb("document") })
      : (["empty", "type", "notImage", "forbidden"] as const).find((e) => e === answer.error)
        ? t(`errors.${answer.error as "empty"}`)
        : t("errors.generic");

  async function upload(file: File) {
    setLocalError(null);
    setJustUploaded(false);
    setRemoved(false);
    // The server decides by content; this only spares sending something that is too big for any kind.
    if (file.size > SIZE_LIMITS.document) {
      setLocalError(t("errors.tooLarge", { limit: limitMb(purpose === "cover" ? "image" : "document") }));
      return;
    }
    setBusy(true);
    try {
      const body = new FormData();
      body.set("file", file);
      body.set("purpose", purpose);
      const response = await fetch("/api/admin/uploads", { method: "POST", body, credentials: "same-origin" });
      const answer = (await response.json().catch(() => ({ ok: false, error: "generic" }))) as Answer;
      if (answer.ok) {
        setUploadId(answer.upload.id);
        setInfo({ name: answer.upload.originalName, size: answer.upload.sizeBytes, mime: answer.upload.mimeType });
        setJustUploaded(true);
      } else {
        setLocalError(refusal(answer));
      }
    } catch {
      setLocalError(t("errors.generic"));
    } finally {
      setBusy(false);
    }
  }

  const shownError = localError ?? (uploadId === defaultValue ? error : undefined);
  return (
    <div>
      <input type="hidden" name={name} value={uploadId} />
      <input type="hidden" name={labelName} value={info && uploadId ? JSON.stringify(info) : ""} />
      <FieldLabel htmlFor={id} label={label} />
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={shownError} />
      <input
        id={id}
        type="file"
        accept={acceptAttribute(purpose)}
        disabled={busy}
        className={`${controlClass} file:mr-3 file:rounded file:border-0 file:bg-brand file:px-3 file:py-1 file:font-semibold file:text-white`}
        aria-invalid={shownError ? true : undefined}
        aria-describedby={[describedBy(id, Boolean(hint), Boolean(shownError)), statusId].filter(Boolean).join(" ")}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          if (file) void upload(file);
        }}
      />
      <div id={statusId} role="status" aria-live="polite" className="mt-2 text-sm" data-testid="upload-status">
        {busy ? (
          <p>{t("uploading")}</p>
        ) : uploadId && info ? (
          <p className="flex flex-wrap items-center gap-3">
            <span>{t(justUploaded ? "uploaded" : "current", { name: info.name, size: size(info.size) })}</span>
            <a href={`/api/uploads/${uploadId}`} target="_blank" rel="noopener">
              {t("open")}
            </a>
            <button
              type="button"
              className="rounded border border-red-800 px-2 py-1 font-semibold text-red-800"
              onClick={() => {
                setUploadId("");
                setInfo(null);
                setRemoved(true);
                setLocalError(null);
              }}
            >
              {t("remove")}
            </button>
          </p>
        ) : (
          <p className="text-muted">{removed ? t("removed") : t("none")}</p>
        )}
      </div>
    </div>
  );
}
