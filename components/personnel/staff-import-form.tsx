"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { type ApplyAnswer, applyStaffImportAction, type PreviewAnswer, previewStaffImportAction } from "@/app/(portal)/city/import/actions";
import { Button } from "@/components/ui/button";
import { IMPORT_KINDS, type PlannedRow } from "@/lib/personnel/plan-staff-import";

/**
 * The browser keeps the chosen File and posts it twice: once to preview, then, on 取り込む, the
 * same File again with the preview's sha256 digest. The server stores nothing in between and
 * refuses an apply whose bytes do not match the digest.
 */
export function StaffImportForm() {
  const t = useTranslations("personnelImport");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<PreviewAnswer | null>(null);
  const [applied, setApplied] = useState<ApplyAnswer | null>(null);
  const [previewing, startPreview] = useTransition();
  const [applying, startApply] = useTransition();

  const post = (extra?: Record<string, string>) => {
    const data = new FormData();
    if (file) data.set("file", file);
    for (const [key, value] of Object.entries(extra ?? {})) data.set(key, value);
    return data;
  };
  const onPreview = (event: React.FormEvent) => {
    event.preventDefault();
    setApplied(null);
    startPreview(async () => setPreview(await previewStaffImportAction(post())));
  };
  const onApply = (digest: string) => startApply(async () => {
    const answer = await applyStaffImportAction(post({ digest }));
    setApplied(answer);
    if (answer.ok) setPreview(null);
  });

  const shown = preview?.ok ? preview.preview : null;
  return (
    <div className="flex flex-col gap-6">
      <form onSubmit={onPreview} className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1">
          <span>{t("file")}</span>
          <input
            type="file"
            name="file"
            accept=".csv,text/csv"
            required
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setPreview(null);
              setApplied(null);
            }}
          />
        </label>
        <Button type="submit" variant="secondary" disabled={!file || previewing || applying}>
          {previewing ? t("previewing") : t("preview")}
        </Button>
      </form>

      {preview && !preview.ok && <p role="alert" className="text-error-1">{t(`errors.${preview.error}`)}</p>}
      {applied && !applied.ok && <p role="alert" className="text-error-1">{t(`errors.${applied.error}`)}</p>}
      {applied?.ok && (
        <p role="status">
          {t("applied", { add: applied.result.counts.ADD, change: applied.result.counts.CHANGE, move: applied.result.counts.MOVE, leave: applied.result.counts.LEAVE })}
        </p>
      )}

      {shown && (
        <section className="flex flex-col gap-4" aria-label={t("previewTitle")}>
          <h2 className="text-xl font-bold">{t("previewTitle")}</h2>
          {shown.fileProblem ? (
            <p role="alert" className="text-error-1">
              {t(`fileProblems.${shown.fileProblem}`, { columns: shown.missingColumns.join("、") })}
            </p>
          ) : (
            <>
              <p>{t("encoding", { encoding: shown.encoding === "SJIS" ? "Shift_JIS" : "UTF-8" })}</p>
              <table className="w-fit border-collapse">
                <tbody>
                  {IMPORT_KINDS.map((kind) => (
                    <tr key={kind}>
                      <th scope="row" className="border px-3 py-1 text-left">{t(`kinds.${kind}`)}</th>
                      <td className="border px-3 py-1 text-right">{shown.counts[kind]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p>{t("notRetired")}</p>
              {IMPORT_KINDS.filter((kind) => kind !== "UNCHANGED" && shown.samples[kind].length > 0).map((kind) => (
                <RowTable key={kind} title={t(`kinds.${kind}`)} total={shown.counts[kind]} rows={shown.samples[kind]} />
              ))}
            </>
          )}
          <div className="flex items-center gap-4">
            <Button type="button" disabled={!shown.canApply || applying} onClick={() => onApply(shown.digest)}>
              {applying ? t("applying") : t("apply")}
            </Button>
            {applying && <progress aria-label={t("applying")} />}
            {shown.counts.REJECT > 0 && <span>{t("fixRejects")}</span>}
          </div>
        </section>
      )}
    </div>
  );
}

function RowTable({ title, total, rows }: { title: string; total: number; rows: PlannedRow[] }) {
  const t = useTranslations("personnelImport");
  return (
    <div className="flex flex-col gap-2">
      <h3 className="font-bold">
        {title}（{rows.length < total ? t("firstOf", { shown: rows.length, total }) : total}）
      </h3>
      <div className="overflow-x-auto">
        <table className="border-collapse text-sm">
          <thead>
            <tr>
              <th className="border px-2 py-1">{t("line")}</th>
              <th className="border px-2 py-1">{t("columns.staffNumber")}</th>
              <th className="border px-2 py-1">{t("columns.name")}</th>
              <th className="border px-2 py-1">{t("details")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.line}>
                <td className="border px-2 py-1 text-right">{row.line}</td>
                <td className="border px-2 py-1">{row.kind === "REJECT" ? row.staffNumber : row.target.staffNumber}</td>
                <td className="border px-2 py-1">{row.kind === "REJECT" ? row.name : row.target.name}</td>
                <td className="border px-2 py-1">
                  {row.kind === "REJECT" && (
                    <ul>
                      {row.problems.map((p) => (
                        <li key={`${p.column}-${p.reason}`}>
                          {t(`columns.${p.column}`)}: {t(`reasons.${p.reason}`)}
                        </li>
                      ))}
                    </ul>
                  )}
                  {row.kind === "ADD" && `${t("fields.unit")}: ${row.target.unitCode}`}
                  {row.kind !== "REJECT" && row.kind !== "ADD" && (
                    <ul>
                      {row.changes.map((c) => (
                        <li key={c.field}>
                          {t(`fields.${c.field}`)}: {c.before || "—"} → {c.after || "—"}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
