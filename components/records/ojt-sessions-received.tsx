import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { OjtSessionReceived } from "@/lib/records/find-ojt-sessions-received";

/** Read-only: sessions are logged by the trainer (or the trainee) on the OJT pages. */
export async function OjtSessionsReceived({ sessions, fiscalYearLabel, locale }: { sessions: OjtSessionReceived[]; fiscalYearLabel: string; locale: Locale }) {
  const t = await getTranslations("records.ojt");
  if (sessions.length === 0) return <p className="text-std-16N-170">{t("empty", { fiscalYear: fiscalYearLabel })}</p>;
  return (
    <Table caption={t("caption", { fiscalYear: fiscalYearLabel })} captionHidden>
      <thead>
        <tr>
          <Th>{t("heldOn")}</Th>
          <Th>{t("topic")}</Th>
          <Th>{t("trainer")}</Th>
          <Th numeric>{t("minutes")}</Th>
          <Th>{t("learnt")}</Th>
          <Th>{t("nextStep")}</Th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <tr key={session.id} className="align-top">
            <Td nowrap>{formatDate(session.heldOn, locale)}</Td>
            <Th scope="row">{session.topic}</Th>
            <Td nowrap>{session.trainerName}</Td>
            <Td numeric>{t("minutesValue", { minutes: session.minutes })}</Td>
            <Td lines>{session.learnt || t("none")}</Td>
            <Td lines>{session.nextStep || t("none")}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
