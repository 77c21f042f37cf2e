"use client";

import { useTranslations } from "next-intl";
import { type EnrolState, enrolAction } from "@/lib/records/programmes/programme-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/form-controls";
import { Table, Td, Th } from "@/components/ui/table";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

/** Staff numbers pasted one a line; the answer lists what became of each line. */
export function EnrolForm({ sessionId, version }: { sessionId: number; version: number }) {
  const t = useTranslations("programmes.enrol");
  const { state, pending, formProps } = useFormAction<EnrolState>(enrolAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { idPrefix: "enrol-", hidden: ["sessionId", "version"] });
  const report = state.ok ? state.result : undefined;
  return (
    <div className="flex flex-col gap-4">
      <form {...formProps} key={version} className="flex flex-col gap-4">
        <ErrorSummary feedback={feedback} pending={pending} />
        <input type="hidden" name="sessionId" value={sessionId} readOnly />
        <input type="hidden" name="version" value={version} readOnly />
        <TextArea id="enrol-staffNumbers" name="staffNumbers" label={t("label")} hint={t("hint")} rows={6} error={feedback.error("staffNumbers")} />
        <div>
          <Button type="submit" disabled={pending}>
            {t("submit")}
          </Button>
        </div>
      </form>
      {report ? (
        <Table caption={t("reportCaption", { enrolled: report.enrolled, lines: report.lines.length })}>
          <thead>
            <tr>
              <Th numeric>{t("line")}</Th>
              <Th>{t("staffNumber")}</Th>
              <Th>{t("name")}</Th>
              <Th>{t("outcome")}</Th>
            </tr>
          </thead>
          <tbody>
            {report.lines.map((line) => (
              <tr key={line.line}>
                <Td numeric>{line.line}</Td>
                <Td nowrap>{line.staffNumber}</Td>
                <Td>{line.name ?? "—"}</Td>
                <Td>
                  <Badge
                    tone={
                      line.outcome === "ENROLLED"
                        ? "success"
                        : line.outcome === "UNKNOWN" || line.outcome === "INACTIVE" || line.outcome === "FULL"
                          ? "danger"
                          : "neutral"
                    }
                  >
                    {t(`outcomes.${line.outcome}`)}
                  </Badge>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </div>
  );
}
