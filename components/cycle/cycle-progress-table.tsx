import { getTranslations } from "next-intl/server";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/platform/dates/format";
import type { StepProgress } from "@/lib/year/cycle/cycle-status";
import type { Locale } from "@/lib/platform/i18n/locales";

/** Each step of the year in the reader's scope: its window, staff, done, not done, reminded today — and what "done" means. */
export async function CycleProgressTable({ steps, locale, caption }: { steps: StepProgress[]; locale: Locale; caption: string }) {
  const t = await getTranslations("cycle");
  const n = new Intl.NumberFormat(locale);
  return (
    <>
      <Table caption={caption}>
        <thead>
          <tr>
            <Th>{t("step")}</Th>
            <Th>{t("window")}</Th>
            <Th numeric>{t("staff")}</Th>
            <Th numeric>{t("done")}</Th>
            <Th numeric>{t("notDone")}</Th>
            <Th numeric>{t("remindedToday")}</Th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.step}>
              <Th scope="row" nowrap>
                {t(`steps.${step.step}`)}
              </Th>
              <Td>
                {/* Each date kept whole: on a phone the range breaks after 「～」, not inside a date. */}
                <span className="whitespace-nowrap">{formatDate(step.startsOn, locale)}</span>
                {t("rangeSeparator")}
                <wbr />
                <span className="whitespace-nowrap">{formatDate(step.endsOn, locale)}</span>
              </Td>
              <Td numeric>{n.format(step.staff)}</Td>
              <Td numeric>{step.opened ? n.format(step.done) : t("notOpened")}</Td>
              <Td numeric>{step.opened ? n.format(step.staff - step.done) : "—"}</Td>
              <Td numeric>{n.format(step.remindedToday)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <DoneMeans />
    </>
  );
}

/** The definition of "done" per step, as lib/year/cycle/step-done-sql.ts counts it. */
export async function DoneMeans() {
  const t = await getTranslations("cycle");
  return (
    <dl className="mt-4 flex flex-col gap-1 text-std-16N-170">
      {(["PLAN", "MID_YEAR", "REFLECTION"] as const).map((step) => (
        <div key={step}>
          <dt className="inline text-std-16B-170">{t(`steps.${step}`)}：</dt>
          <dd className="inline">{t(`doneMeans.${step}`)}</dd>
        </div>
      ))}
    </dl>
  );
}
