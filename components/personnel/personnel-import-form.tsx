"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import type { ApplyAnswer, PreviewAnswer } from "@/lib/people/personnel/import-actions";
import { useFileSizeLimit } from "@/components/forms/use-file-size-limit";
import { BusyStatus } from "@/components/ui/busy-status";
import { Button } from "@/components/ui/button";
import { Checkbox, FileInput } from "@/components/ui/form-controls";
import { Notice } from "@/components/ui/notice";
import { formatFigure } from "@/lib/platform/i18n/format-number";
import { Table, Td, Th } from "@/components/ui/table";
import { IMPORT_KINDS, type ImportKind, type PreviewRow } from "@/lib/people/personnel/import-preview";

type Subject = "staff" | "units";

/**
 * One personnel-master file (org units or staff): choose, preview, apply. The browser keeps the
 * chosen File and posts it twice: once to preview, then, on 取り込む, the same File again with
 * the preview's digest. The server stores nothing in between and refuses an apply whose bytes
 * (or options) do not match the digest.
 */
export function PersonnelImportForm({
  subject,
  previewAction,
  applyAction,
  offerAbsentLeave = false,
  maxBytes,
}: {
  subject: Subject;
  previewAction: (data: FormData) => Promise<PreviewAnswer>;
  applyAction: (data: FormData) => Promise<ApplyAnswer>;
  offerAbsentLeave?: boolean;
  /** the largest file the import reads (the page passes it from lib/people/personnel) */
  maxBytes: number;
}) {
  const t = useTranslations("personnelImport");
  const ts = useTranslations(`personnelImport.${subject}`);
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const size = useFileSizeLimit(maxBytes);
  const [absentLeave, setAbsentLeave] = useState(false);
  const [preview, setPreview] = useState<PreviewAnswer | null>(null);
  const [applied, setApplied] = useState<ApplyAnswer | null>(null);
  const [previewing, startPreview] = useTransition();
  const [applying, startApply] = useTransition();

  // Any change of file or option invalidates what was previewed.
  const reset = () => {
    setPreview(null);
    setApplied(null);
  };
  const post = (extra?: Record<string, string>) => {
    const data = new FormData();
    if (file) data.set("file", file);
    if (absentLeave) data.set("absentLeave", "on");
    for (const [key, value] of Object.entries(extra ?? {})) data.set(key, value);
    return data;
  };
  const onPreview = (event: React.FormEvent) => {
    event.preventDefault();
    setApplied(null);
    startPreview(async () => setPreview(await previewAction(post())));
  };
  const onApply = (digest: string) =>
    startApply(async () => {
      const answer = await applyAction(post({ digest }));
      setApplied(answer);
      if (answer.ok) setPreview(null);
    });

  const shown = preview?.ok ? preview.preview : null;
  // While either runs, the file and option stay as they are: changing them would discard the preview mid-way.
  const busy = previewing || applying;
  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={onPreview} className="flex flex-col gap-4">
        <FileInput
          id={`${id}-file`}
          name="file"
          label={ts("file")}
          accept=".csv,text/csv"
          required
          disabled={busy}
          error={size.tooLarge ? t("errors.tooLarge") : undefined}
          onChange={(event) => {
            setFile(size.choose(event));
            reset();
          }}
        />
        {offerAbsentLeave && (
          <Checkbox
            id={`${id}-absent`}
            label={ts("absentLeave")}
            checked={absentLeave}
            disabled={busy}
            onChange={(event) => {
              setAbsentLeave(event.target.checked);
              reset();
            }}
          />
        )}
        <div>
          <Button type="submit" variant="secondary" disabled={!file || busy}>
            {previewing ? t("previewing") : t("preview")}
          </Button>
        </div>
        <BusyStatus message={previewing ? t("previewingStatus") : null} />
      </form>

      {preview && !preview.ok && <Notice tone="error" title={t(`errors.${preview.error}`)} />}
      {applied && !applied.ok && <Notice tone="error" title={t(`errors.${applied.error}`)} />}
      {applied?.ok && (
        <div role="status">
          <Notice title={t("applied")}>
            {IMPORT_KINDS.filter((kind) => kind !== "UNCHANGED" && kind !== "REJECT")
              .map((kind) => `${ts(`kinds.${kind}`)} ${formatFigure(applied.result.counts[kind])}`)
              .join("、")}
          </Notice>
        </div>
      )}

      {shown && (
        <section className="flex flex-col gap-4" aria-labelledby={`${id}-preview`}>
          <h3 id={`${id}-preview`} className="text-std-20B-150">
            {t("previewTitle")}
          </h3>
          {shown.fileProblem ? (
            <Notice tone="error" title={t(`fileProblems.${shown.fileProblem}`, { columns: shown.missingColumns.join("、") })} />
          ) : (
            <>
              <p>{t("encoding", { encoding: shown.encoding === "SJIS" ? "Shift_JIS" : "UTF-8" })}</p>
              <div className="w-fit">
                <Table caption={t("countsCaption")}>
                  <tbody>
                    {IMPORT_KINDS.map((kind) => (
                      <tr key={kind}>
                        <Th scope="row">{ts(`kinds.${kind}`)}</Th>
                        <Td numeric>{shown.counts[kind]}</Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </div>
              {offerAbsentLeave && <p>{absentLeave ? ts("absentLeaveOn") : ts("absentLeaveOff")}</p>}
              {IMPORT_KINDS.filter((kind) => kind !== "UNCHANGED" && shown.samples[kind].length > 0).map((kind) => (
                <RowTable key={kind} subject={subject} kind={kind} total={shown.counts[kind]} rows={shown.samples[kind]} />
              ))}
            </>
          )}
          <div className="flex flex-wrap items-center gap-4">
            <Button type="button" disabled={!shown.canApply || applying} onClick={() => onApply(shown.digest)}>
              {applying ? t("applying") : t("apply")}
            </Button>
            {shown.counts.REJECT > 0 && <span>{t("fixRejects")}</span>}
          </div>
          <BusyStatus message={applying ? t("applyingStatus") : null} />
        </section>
      )}
    </div>
  );
}

function RowTable({ subject, kind, total, rows }: { subject: Subject; kind: ImportKind; total: number; rows: PreviewRow[] }) {
  const t = useTranslations("personnelImport");
  const ts = useTranslations(`personnelImport.${subject}`);
  const caption = `${ts(`kinds.${kind}`)}（${rows.length < total ? t("firstOf", { shown: rows.length, total }) : total}）`;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th numeric>{t("line")}</Th>
          <Th>{ts("keyColumn")}</Th>
          <Th>{ts("labelColumn")}</Th>
          <Th>{t("details")}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.line ?? `absent-${row.key}`}>
            <Td numeric>{row.line ?? t("notInFile")}</Td>
            <Td nowrap>{row.key}</Td>
            <Td>{row.label}</Td>
            <Td>
              <ul>
                {row.problems.map((p) => (
                  <li key={`${p.column}-${p.reason}`} className="text-error-1">
                    {ts(`columns.${p.column}`)}: {ts(`reasons.${p.reason}`)}
                  </li>
                ))}
                {row.changes.map((c) => (
                  <li key={c.field}>
                    {ts(`fields.${c.field}`)}: {c.before || "—"} → {c.after || "—"}
                  </li>
                ))}
              </ul>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
