import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { Table, Td, Th } from "@/components/ui/table";
import { UnitName } from "@/components/ui/unit-name";
import { formatDate, formatFiscalYear } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import type { MyTraineeRow } from "@/lib/year/ojt/find-my-trainees";
import { sharedBureau } from "@/lib/people/org/unit-trail";
import { OjtStatusBadge, ojtStatusOf } from "./ojt-status-badge";

/**
 * "My trainees" for the trainer's own dashboard: the young staff they are the OJT trainer of
 * this fiscal year, with sessions so far and a link to log the next. Renders nothing for
 * someone who trains no one, so it can sit on every dashboard.
 */
export async function MyTrainees({ trainees, fiscalYear }: { trainees: MyTraineeRow[]; fiscalYear: number }) {
  // A trainer's trainees work beside them: their bureau goes without saying.
  const bureau = sharedBureau(trainees.map((row) => row.trainee.unitTrail));
  if (trainees.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("ojt"), currentLocale()]);
  return (
    <Section id="my-trainees" title={t("myTrainees.title")} lead={t("myTrainees.lead", { fiscalYear: formatFiscalYear(fiscalYear, locale) })}>
      <Table caption={t("myTrainees.title")} captionHidden>
        <thead>
          <tr>
            <Th>{t("myTrainees.trainee")}</Th>
            <Th>{t("table.status")}</Th>
            <Th numeric>{t("table.goals")}</Th>
            <Th numeric>{t("table.sessionsYear")}</Th>
            <Th>{t("table.lastSession")}</Th>
            <Th>{t("table.actions")}</Th>
          </tr>
        </thead>
        <tbody>
          {trainees.map((row) => (
            <tr key={row.ojtPlanId} className="align-top">
              <Th scope="row">
                {row.trainee.name}
                <span className="cell-note">
                  <UnitName trail={row.trainee.unitTrail} bureau={bureau} />・{row.trainee.rank}
                </span>
              </Th>
              <Td>
                <OjtStatusBadge status={ojtStatusOf(row)} />
              </Td>
              <Td numeric>{t("table.goalsValue", { achieved: row.goalsAchieved, total: row.goals })}</Td>
              <Td numeric>{t("table.times", { count: row.sessions })}</Td>
              <Td nowrap>{row.lastSessionOn ? formatDate(row.lastSessionOn, locale) : t("myTrainees.noSession")}</Td>
              <Td>
                <Link href={`/ojt/${row.ojtPlanId}#log-session`}>
                  {t("myTrainees.open")}
                  <span className="sr-only">{t("table.openFor", { name: row.trainee.name })}</span>
                </Link>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </Section>
  );
}
