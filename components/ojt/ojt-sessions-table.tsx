import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/platform/dates/format";
import type { Locale } from "@/lib/platform/i18n/locales";
import type { OjtSessionView } from "@/lib/year/ojt/get-ojt-plan";

/** Sessions held, newest first, with who recorded each (the trainer or the trainee). */
export async function OjtSessionsTable({ sessions, locale }: { sessions: OjtSessionView[]; locale: Locale }) {
  const t = await getTranslations("ojt");
  if (sessions.length === 0) return <p>{t("plan.sessionsEmpty")}</p>;
  return (
    <Table caption={t("plan.sessionsCaption")} captionHidden>
      <thead>
        <tr>
          <Th>{t("session.heldOn")}</Th>
          <Th>{t("session.topic")}</Th>
          <Th numeric>{t("session.minutes")}</Th>
          <Th>{t("session.learnt")}</Th>
          <Th>{t("session.nextStep")}</Th>
          <Th>{t("plan.recordedBy")}</Th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <tr key={session.id} className="align-top">
            <Td nowrap>{formatDate(session.heldOn, locale)}</Td>
            <Th scope="row">{session.topic}</Th>
            <Td numeric>{t("plan.minutesValue", { minutes: session.minutes })}</Td>
            <Td lines>{session.learnt || t("table.none")}</Td>
            <Td lines>{session.nextStep || t("table.none")}</Td>
            <Td nowrap>{session.recordedBy.name}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
