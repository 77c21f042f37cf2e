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
          <Th>
            <span className="whitespace-nowrap">{t("trainer")}</span>
          </Th>
          <Th numeric>
            <span className="whitespace-nowrap">{t("minutes")}</span>
          </Th>
          <Th>{t("learnt")}</Th>
          <Th>{t("nextStep")}</Th>
        </tr>
      </thead>
      <tbody>
        {sessions.map((session) => (
          <tr key={session.id} className="align-top">
            <Td>
              <span className="whitespace-nowrap">{formatDate(session.heldOn, locale)}</span>
            </Td>
            <Th scope="row">{session.topic}</Th>
            <Td>
              <span className="whitespace-nowrap">{session.trainerName}</span>
            </Td>
            <Td numeric>
              <span className="whitespace-nowrap">{t("minutesValue", { minutes: session.minutes })}</span>
            </Td>
            <Td>
              <span className="whitespace-pre-line">{session.learnt || t("none")}</span>
            </Td>
            <Td>
              <span className="whitespace-pre-line">{session.nextStep || t("none")}</span>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
