import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { fromDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { formatDate, formatFiscalYear, timestampFormat } from "@/lib/platform/dates/format";
import type { collectOwnYear } from "@/lib/records/disclosure/collect-own-records";
import { formatCount } from "@/lib/platform/i18n/format-number";
import type { Locale } from "@/lib/platform/i18n/locales";
import { RETENTION_KINDS } from "@/lib/records/retention/retention-settings";

type Records = Awaited<ReturnType<typeof collectOwnYear>>;

/** A printed table: plain borders that survive a greyscale printer, headers repeated per page. */
function Sheet({ caption, head, rows }: { caption: string; head: readonly string[]; rows: readonly (readonly ReactNode[])[] }) {
  return (
    <table className="disclosure-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((cell) => (
            <th key={cell} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {row.map((cell, column) => (
              <td key={column}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The disclosure (本人開示) of one fiscal year as a document to read and print on A4: the
 * records of the JSON download that fall in the year, in sections with the dates in the
 * reader's calendar, what is kept until when, and the other years as links (`?fy=`).
 */
export async function DisclosureDocument({ records, locale }: { records: Records; locale: Locale }) {
  const t = await getTranslations("disclosure");
  const tp = await getTranslations("plans.status");
  const tc = await getTranslations("commitments.status");
  const ti = await getTranslations("interviews.kinds");
  const tk = await getTranslations("records.training.kinds");
  const tr = await getTranslations("retention");
  const stamp = timestampFormat(locale, "dateTime");
  const day = (value: Date | null | undefined) => (value ? formatDate(fromDateColumn(value), locale) : "－");
  const at = (value: Date | null | undefined) => (value ? stamp.format(value) : "－");
  const iso = (value: string | null) =>
    value ? formatDate({ year: Number(value.slice(0, 4)), month: Number(value.slice(5, 7)), day: Number(value.slice(8, 10)) }, locale) : tr("untilSet");
  const who = (person: { staffNumber: string; name: string } | null | undefined) => (person ? `${person.name}（${person.staffNumber}）` : "－");
  const { profile, retention } = records;
  const year = formatFiscalYear(records.fiscalYear, locale);
  return (
    <article className="disclosure-document flex flex-col gap-8">
      <header>
        <h1 className="text-std-28B-150">{`${t("title")}　${year}`}</h1>
        <p className="mt-2">{t("generated", { at: stamp.format(records.generatedAt), date: formatDate(tokyoDate(records.generatedAt), locale) })}</p>
        <p className="mt-2">{t("yearLead", { year })}</p>
      </header>

      {records.years.length > 1 ? (
        <nav aria-labelledby="d-years" className="print-hidden">
          <h2 id="d-years" className="text-std-18B-160">
            {t("yearNav")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
            {records.years.map((fiscalYear) => (
              <li key={fiscalYear}>
                {fiscalYear === records.fiscalYear ? (
                  <span aria-current="page" className="font-bold">
                    {formatFiscalYear(fiscalYear, locale)}
                  </span>
                ) : (
                  <a href={`/me/disclosure/document?fy=${fiscalYear}`}>{formatFiscalYear(fiscalYear, locale)}</a>
                )}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}

      <section aria-labelledby="d-profile">
        <h2 id="d-profile" className="text-std-20B-160">
          {t("profile")}
        </h2>
        <dl className="disclosure-dl">
          <dt>{t("name")}</dt>
          <dd>{`${profile.name}（${profile.nameKana}）`}</dd>
          <dt>{t("staffNumber")}</dt>
          <dd>{profile.staffNumber}</dd>
          <dt>{t("unit")}</dt>
          <dd>{profile.unit.name}</dd>
          <dt>{t("rank")}</dt>
          <dd>{`${profile.rank}／${profile.jobCategory}`}</dd>
          <dt>{t("joinedOn")}</dt>
          <dd>{day(profile.joinedOn)}</dd>
          <dt>{t("supervisor")}</dt>
          <dd>{who(profile.supervisor)}</dd>
        </dl>
      </section>

      <section aria-labelledby="d-retention">
        <h2 id="d-retention" className="text-std-20B-160">
          {t("retention")}
        </h2>
        <p>{t("retentionLead")}</p>
        <Sheet
          caption={t("periods")}
          head={[tr("kind"), tr("years")]}
          rows={RETENTION_KINDS.map((kind) => [
            tr(`kinds.${kind}`),
            retention.periods[kind] === null ? tr("untilSet") : tr("yearsValue", { years: retention.periods[kind] ?? 0 }),
          ])}
        />
        {retention.transferWishes.length > 0 ? (
          <Sheet
            caption={t("wishesKept")}
            head={[t("fiscalYear"), t("keptUntil")]}
            rows={retention.transferWishes.map((wish) => [formatFiscalYear(wish.fiscalYear, locale), iso(wish.keptUntil)])}
          />
        ) : null}
        {retention.interviews.length > 0 ? (
          <Sheet
            caption={t("interviewsKept")}
            head={[t("heldOn"), t("sharedKeptUntil"), t("supervisorKeptUntil")]}
            rows={retention.interviews.map((interview) => [
              iso(interview.heldOn),
              iso(interview.sharedNotesKeptUntil),
              iso(interview.supervisorNotesKeptUntil),
            ])}
          />
        ) : null}
        {retention.attachments.length > 0 ? (
          <Sheet
            caption={t("attachmentsKept")}
            head={[t("fileName"), t("uploadedOn"), t("keptUntil")]}
            rows={retention.attachments.map((file) => [file.fileName, iso(file.uploadedOn), iso(file.keptUntil)])}
          />
        ) : null}
        <p>
          {retention.auditTrail.oldestOn
            ? t("auditKept", { oldest: iso(retention.auditTrail.oldestOn), until: iso(retention.auditTrail.keptUntil) })
            : t("auditNone")}
        </p>
      </section>

      <section aria-labelledby="d-plans">
        <h2 id="d-plans" className="text-std-20B-160">
          {t("plans")}
        </h2>
        {records.plans.length === 0 ? <p>{t("none")}</p> : null}
        {records.plans.map((plan) => (
          <section key={plan.id} aria-labelledby={`d-plan-${plan.id}`} className="mt-4">
            <h3 id={`d-plan-${plan.id}`} className="text-std-18B-160">{`${formatFiscalYear(plan.fiscalYear, locale)}　${tp(plan.status)}`}</h3>
            <dl className="disclosure-dl">
              <dt>{t("visionNow")}</dt>
              <dd>{plan.visionNow || "－"}</dd>
              <dt>{t("vision3Years")}</dt>
              <dd>{plan.vision3Years || "－"}</dd>
              <dt>{t("vision10Years")}</dt>
              <dd>{plan.vision10Years || "－"}</dd>
              <dt>{t("transferWish")}</dt>
              <dd>{[plan.transferWishFields, plan.transferWishComment].filter(Boolean).join("／") || "－"}</dd>
              <dt>{t("reflection")}</dt>
              <dd>{plan.reflection || "－"}</dd>
              <dt>{t("reviewed")}</dt>
              <dd>{`${at(plan.reviewedAt)} ${who(plan.reviewer)}`}</dd>
            </dl>
            {plan.commitments.length > 0 ? (
              <Sheet
                caption={t("commitments")}
                head={[t("commitment"), t("measure"), t("status"), t("progress")]}
                rows={plan.commitments.map((commitment) => [
                  commitment.title,
                  `${commitment.measure.number} ${commitment.measure.name}`,
                  tc(commitment.status),
                  `${formatCount(commitment.progressPercent, locale)}%`,
                ])}
              />
            ) : null}
            {plan.events.length > 0 ? (
              <Sheet
                caption={t("timeline")}
                head={[t("at"), t("by"), t("comment")]}
                rows={plan.events.map((event) => [at(event.at), who(event.actor), event.comment || event.action])}
              />
            ) : null}
          </section>
        ))}
      </section>

      <section aria-labelledby="d-records">
        <h2 id="d-records" className="text-std-20B-160">
          {t("records")}
        </h2>
        <Sheet
          caption={t("trainings", { count: records.trainings.length })}
          head={[t("programme"), t("kind"), t("period"), t("hours")]}
          rows={records.trainings.map((training) => [
            training.programmeName,
            tk(training.kind),
            `${day(training.startOn)}～${day(training.endOn)}`,
            String(training.hours),
          ])}
        />
        <Sheet
          caption={t("qualifications", { count: records.qualifications.length })}
          head={[t("qualification"), t("obtainedOn"), t("expiresOn")]}
          rows={records.qualifications.map((qualification) => [qualification.name, day(qualification.obtainedOn), day(qualification.expiresOn)])}
        />
        <Sheet
          caption={t("ojt", { count: records.ojt.length })}
          head={[t("fiscalYear"), t("trainer"), t("sessions")]}
          rows={records.ojt.map((plan) => [formatFiscalYear(plan.fiscalYear, locale), who(plan.trainer), formatCount(plan.sessions.length, locale)])}
        />
        <Sheet
          caption={t("interviews", { count: records.interviews.length })}
          head={[t("heldOn"), t("kind"), t("interviewer"), t("sharedNotes")]}
          rows={records.interviews.map((interview) => [day(interview.heldOn), ti(interview.kind), who(interview.supervisor), interview.sharedNotes || "－"])}
        />
        <Sheet
          caption={t("transfers", { count: records.transfers.length })}
          head={[t("effectiveOn"), t("from"), t("to")]}
          rows={records.transfers.map((transfer) => [day(transfer.effectiveOn), transfer.fromUnit.name, transfer.toUnit.name])}
        />
      </section>

      <section aria-labelledby="d-audit">
        <h2 id="d-audit" className="text-std-20B-160">
          {t("audit")}
        </h2>
        <Sheet
          caption={t("viewsOfMe", { count: records.viewsByReader.reduce((sum, row) => sum + row.count, 0) })}
          head={[t("by"), t("what"), t("times"), t("firstAt"), t("lastAt")]}
          rows={records.viewsByReader.map((view) => [who(view.actor), view.action, formatCount(view.count, locale), at(view.first), at(view.last)])}
        />
        <Sheet
          caption={t("ownActions", { count: records.ownActionsByDay.reduce((sum, row) => sum + row.count, 0) })}
          head={[t("day"), t("what"), t("times")]}
          rows={records.ownActionsByDay.map((row) => [day(row.day), row.action, formatCount(row.count, locale)])}
        />
        <p>
          {t("notificationsAndMail", { notifications: formatCount(records.notifications.length, locale), mails: formatCount(records.mails.length, locale) })}
        </p>
      </section>
    </article>
  );
}
