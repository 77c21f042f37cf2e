"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import {
  type AttendanceApplyAnswer,
  applyAttendanceImportAction,
  type AttendancePreviewAnswer,
  previewAttendanceImportAction,
} from "@/lib/records/programmes/programme-actions";
import { useFileSizeLimit } from "@/components/forms/use-file-size-limit";
import { Button } from "@/components/ui/button";
import { FileInput } from "@/components/ui/form-controls";
import { Table, Td, Th } from "@/components/ui/table";

/**
 * The browser keeps the chosen File and posts it twice: to preview, then, on 取り込む, the same
 * File with the preview's digest and session version. The server stores nothing in between.
 */
export function AttendanceImportForm({ sessionId, maxBytes }: { sessionId: number; maxBytes: number }) {
  const t = useTranslations("programmes.import");
  const ts = useTranslations("programmes.statuses");
  const [file, setFile] = useState<File | null>(null);
  const size = useFileSizeLimit(maxBytes);
  const [preview, setPreview] = useState<AttendancePreviewAnswer | null>(null);
  const [applied, setApplied] = useState<AttendanceApplyAnswer | null>(null);
  const [previewing, startPreview] = useTransition();
  const [applying, startApply] = useTransition();

  const post = (extra: Record<string, string> = {}) => {
    const data = new FormData();
    if (file) data.set("file", file);
    data.set("sessionId", String(sessionId));
    for (const [key, value] of Object.entries(extra)) data.set(key, value);
    return data;
  };
  const onPreview = (event: React.FormEvent) => {
    event.preventDefault();
    setApplied(null);
    startPreview(async () => setPreview(await previewAttendanceImportAction(post())));
  };
  const onApply = (digest: string, version: number) =>
    startApply(async () => {
      const answer = await applyAttendanceImportAction(post({ digest, version: String(version) }));
      setApplied(answer);
      if (answer.ok) setPreview(null);
    });

  const shown = preview?.ok ? preview.preview : null;
  return (
    <div className="flex flex-col gap-4">
      <p className="lead">{t("lead")}</p>
      <form onSubmit={onPreview} className="flex flex-wrap items-end gap-4">
        <FileInput
          id={`attendance-${sessionId}-file`}
          name="file"
          label={t("file")}
          accept=".csv,text/csv"
          required
          error={size.tooLarge ? t("errors.tooLarge") : undefined}
          onChange={(event) => {
            setFile(size.choose(event));
            setPreview(null);
            setApplied(null);
          }}
        />
        <Button type="submit" variant="secondary" disabled={!file || previewing || applying}>
          {previewing ? t("previewing") : t("preview")}
        </Button>
      </form>

      {preview && !preview.ok ? (
        <p role="alert" className="text-error-1">
          {t(`errors.${preview.error}`)}
        </p>
      ) : null}
      {applied && !applied.ok ? (
        <p role="alert" className="text-error-1">
          {t(`errors.${applied.error}`)}
        </p>
      ) : null}
      {applied?.ok ? (
        <p role="status">
          {t("applied", {
            changed: applied.result.changed,
            created: applied.result.recordsCreated,
            updated: applied.result.recordsUpdated,
            deleted: applied.result.recordsDeleted,
          })}
        </p>
      ) : null}

      {shown ? (
        <section className="flex flex-col gap-4" aria-label={t("previewTitle")}>
          <h3 className="text-std-20B-150">{t("previewTitle")}</h3>
          {shown.fileProblem ? (
            <p role="alert" className="text-error-1">
              {t(`fileProblems.${shown.fileProblem}`, { columns: shown.missingColumns.join("、") })}
            </p>
          ) : (
            <>
              <p>
                {t("summary", {
                  encoding: shown.encoding === "SJIS" ? "Shift_JIS" : "UTF-8",
                  change: shown.counts.CHANGE,
                  unchanged: shown.counts.UNCHANGED,
                  reject: shown.counts.REJECT,
                })}
              </p>
              {shown.rows.length > 0 ? (
                <Table caption={t("rowsCaption")}>
                  <thead>
                    <tr>
                      <Th numeric>{t("line")}</Th>
                      <Th>{t("staffNumber")}</Th>
                      <Th>{t("name")}</Th>
                      <Th>{t("result")}</Th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.rows.map((row) => (
                      <tr key={row.line}>
                        <Td numeric>{row.line}</Td>
                        <Td nowrap>{row.staffNumber || "—"}</Td>
                        <Td>{row.kind === "REJECT" ? "—" : row.name}</Td>
                        <Td>
                          {row.kind === "REJECT" ? (
                            <span className="text-error-1">{t(`reasons.${row.reason}`, { value: row.value })}</span>
                          ) : (
                            `${ts(row.before)} → ${ts(row.after)}`
                          )}
                        </Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              ) : null}
            </>
          )}
          <div className="flex items-center gap-4">
            <Button type="button" disabled={!shown.canApply || applying} onClick={() => onApply(shown.digest, shown.sessionVersion)}>
              {applying ? t("applying") : t("apply")}
            </Button>
            {shown.counts.REJECT > 0 ? <span>{t("fixRejects")}</span> : null}
          </div>
        </section>
      ) : null}
    </div>
  );
}
