"use client";

import { useTranslations } from "next-intl";
import { type MouseEvent, useState } from "react";
import { fileNameFromDisposition } from "@/lib/platform/exports/read-disposition";
import { BusyStatus } from "./busy-status";
import { buttonClass } from "./button";
import { Notice } from "./notice";

export interface FileDownload {
  href: string;
  label: string;
}

type Phase = "idle" | "preparing" | "started" | "failed";

/**
 * Links to files the server builds on request (CSV and Excel of a table). A large table takes
 * seconds to build, and a plain link gives no sign of it until the browser's download bar
 * appears, so the click fetches the file itself and says "preparing…" meanwhile, then hands the
 * file to the browser under the server's name. They stay real links with `download`: without
 * script, or opened in a new tab or saved with a modifier key, the browser fetches them itself.
 */
export function FileDownloads({ label, files }: { label: string; files: readonly FileDownload[] }) {
  const t = useTranslations("common");
  const [phase, setPhase] = useState<Phase>("idle");

  const download = async (event: MouseEvent<HTMLAnchorElement>, href: string) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (phase === "preparing") return;
    setPhase("preparing");
    try {
      const response = await fetch(href, { credentials: "same-origin" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const url = URL.createObjectURL(await response.blob());
      const anchor = document.createElement("a");
      anchor.href = url;
      anchor.download = fileNameFromDisposition(response.headers.get("Content-Disposition")) ?? "";
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      // The browser has taken the file by the time the click returns; a minute is a wide margin.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setPhase("started");
    } catch {
      setPhase("failed");
    }
  };

  return (
    <nav aria-label={label} className="print-hidden mb-4 flex flex-col gap-2">
      <div className="flex flex-wrap gap-3">
        {files.map((file) => (
          <a
            key={file.href}
            href={file.href}
            download
            aria-disabled={phase === "preparing" || undefined}
            onClick={(event) => void download(event, file.href)}
            className={`${buttonClass("secondary", "sm")} no-underline aria-disabled:cursor-wait`}
          >
            {file.label}
          </a>
        ))}
      </div>
      <BusyStatus message={phase === "preparing" ? t("downloadPreparing") : phase === "started" ? t("downloadStarted") : null} busy={phase === "preparing"} />
      {phase === "failed" ? <Notice tone="error" title={t("downloadFailed")} /> : null}
    </nav>
  );
}
