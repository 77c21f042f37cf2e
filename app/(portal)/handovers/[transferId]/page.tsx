import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { HandoverNoteForm } from "@/components/transfers/handover-note-form";
import { Breadcrumbs } from "@/components/navigation/breadcrumbs";
import { Badge } from "@/components/ui/badge";
import { DescriptionList } from "@/components/ui/description-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Table, Td, Th } from "@/components/ui/table";
import { UnitName } from "@/components/ui/unit-name";
import { requireActor } from "@/lib/platform/auth/actor";
import { fromDateColumn } from "@/lib/platform/dates/calendar-date";
import { formatDate, formatFiscalYear, timestampFormat } from "@/lib/platform/dates/format";
import { currentLocale } from "@/lib/platform/i18n/current-locale";
import { loadOrNotFound } from "@/lib/platform/load-or-not-found";
import { trailText } from "@/lib/people/org/unit-trail";
import { getHandover } from "@/lib/people/transfers/get-handover";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transfers"))("handover") };
}

/**
 * 引き継ぎ: a transfer as the person moved, their supervisor of the day and the HR division see
 * it. Before the date the current supervisor writes the note; from the date the new one reads
 * what was agreed and what is in progress. Anyone else, the previous supervisor included: 404.
 */
export default async function HandoverPage({ params }: { params: Promise<{ transferId: string }> }) {
  const actor = await requireActor();
  const { transferId } = await params;
  const handover = await loadOrNotFound(() => getHandover(actor, Number(transferId)));
  const [t, tt, tp, tc, ti, locale] = await Promise.all([
    getTranslations("handover"),
    getTranslations("transfers"),
    getTranslations("plans.status"),
    getTranslations("commitments.status"),
    getTranslations("interviews.kinds"),
    currentLocale(),
  ]);
  const { transfer, plan } = handover;
  const day = (value: Date) => formatDate(fromDateColumn(value), locale);
  const stamp = timestampFormat(locale, "dateTime");
  const effective = day(transfer.effectiveOn);
  const noSupervisor = "—";
  const title = t("title", { name: transfer.employee.name });
  const list =
    handover.reader === "SUPERVISOR"
      ? { label: tt("teamTitle"), href: "/team/transfers" }
      : handover.reader === "HR_DIVISION"
        ? { label: tt("title"), href: "/city/transfers" }
        : null;
  return (
    <div className="flex flex-col gap-6">
      <Breadcrumbs menu={handover.reader} crumbs={[...(list ? [list] : []), { label: title }]} />
      <PageHeader
        title={title}
        lead={
          handover.pending
            ? t("pendingLead", { date: effective, unit: trailText(transfer.toUnit.trail) })
            : t("appliedLead", { date: effective, from: trailText(transfer.fromUnit.trail), unit: trailText(transfer.toUnit.trail) })
        }
      />
      <Section title={t("summaryTitle")}>
        <DescriptionList
          framed
          rows={[
            [t("effectiveOn"), effective],
            [t("fromUnit"), <UnitName key="from" trail={transfer.fromUnit.trail} />],
            [t("fromSupervisor"), transfer.fromSupervisor?.name ?? noSupervisor],
            [t("toUnit"), <UnitName key="to" trail={transfer.toUnit.trail} />],
            [t("toSupervisor"), transfer.toSupervisor?.name ?? noSupervisor],
          ]}
        />
      </Section>
      <Section title={t("noteTitle")}>
        {handover.canWriteNote ? (
          <HandoverNoteForm
            transferId={transfer.id}
            version={transfer.version}
            note={transfer.handoverNote}
            labels={{ label: t("noteLabel"), hint: t("noteHint"), save: t("saveNote") }}
          />
        ) : transfer.handoverNote ? (
          <div className="flex flex-col gap-2">
            <p className="whitespace-pre-wrap">{transfer.handoverNote}</p>
            {transfer.handoverNoteBy && transfer.handoverNoteAt ? (
              <p className="lead">{t("noteBy", { name: transfer.handoverNoteBy.name, at: stamp.format(transfer.handoverNoteAt) })}</p>
            ) : null}
          </div>
        ) : (
          <p>{t("noteEmpty")}</p>
        )}
      </Section>
      <Section title={t("planTitle", { fiscalYear: formatFiscalYear(handover.fiscalYear, locale) })}>
        {plan ? (
          <div className="flex flex-col gap-4">
            <p className="flex flex-wrap items-center gap-2">
              <span>{t("planStatus")}:</span> <Badge tone={plan.status === "APPROVED" ? "success" : "info"}>{tp(plan.status)}</Badge>
              {plan.reviewer ? (
                <span>
                  {t("reviewedBy")}: {plan.reviewer.name}
                </span>
              ) : null}
              <Link href={`/plans/${plan.id}`}>{t("openPlan")}</Link>
            </p>
            {plan.commitments.length > 0 ? (
              <Table caption={t("commitmentsCaption", { count: plan.commitments.length })}>
                <thead>
                  <tr>
                    <Th>{t("commitment")}</Th>
                    <Th>{t("measure")}</Th>
                    <Th>{t("status")}</Th>
                    <Th numeric>{t("progress")}</Th>
                    <Th>{t("dueOn")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {plan.commitments.map((commitment) => (
                    <tr key={commitment.id}>
                      <Td>{commitment.title}</Td>
                      <Td>{commitment.measure.name}</Td>
                      <Td nowrap>{tc(commitment.status)}</Td>
                      <Td numeric>{commitment.progressPercent}%</Td>
                      <Td nowrap>{commitment.dueOn ? day(commitment.dueOn) : "—"}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            ) : null}
            <h3 className="text-std-18B-160">{t("commentsTitle")}</h3>
            {plan.events.length === 0 ? (
              <p>{t("commentsEmpty")}</p>
            ) : (
              <ul className="flex flex-col gap-3">
                {plan.events.map((event) => (
                  <li key={event.id} className="rounded-8 border border-solid-gray-420 p-3">
                    <p className="lead">
                      {event.actor.name}・{stamp.format(event.at)}
                    </p>
                    <p className="whitespace-pre-wrap">{event.comment}</p>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ) : (
          <p>{t("noPlan")}</p>
        )}
      </Section>
      <Section title={t("interviewsTitle")}>
        {handover.interviews.length === 0 ? (
          <p>{t("interviewsEmpty")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {handover.interviews.map((interview) => (
              <li key={interview.id} className="rounded-8 border border-solid-gray-420 p-3">
                <p className="text-std-16B-170">
                  {ti(interview.kind)}（{t("heldBy", { date: day(interview.heldOn), name: interview.supervisor.name })}）
                </p>
                {interview.sharedNotes ? (
                  <DescriptionList
                    rows={[
                      [
                        t("sharedNotes"),
                        <span key="notes" className="whitespace-pre-wrap">
                          {interview.sharedNotes}
                        </span>,
                      ],
                    ]}
                  />
                ) : null}
                {interview.agreedActions ? (
                  <DescriptionList
                    rows={[
                      [
                        t("agreedActions"),
                        <span key="actions" className="whitespace-pre-wrap">
                          {interview.agreedActions}
                        </span>,
                      ],
                    ]}
                  />
                ) : null}
                {interview.sharedNotes || interview.agreedActions ? null : <p>{t("interviewNothingShared")}</p>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("ojtTitle")}>
        {handover.ojtPlans.length === 0 ? (
          <p>{t("ojtEmpty")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {handover.ojtPlans.map((ojt) => (
              <li key={ojt.id} className="flex flex-col gap-1">
                <span>
                  {formatFiscalYear(ojt.fiscalYear, locale)}・{t("ojtTrainer", { name: ojt.trainer.name })}
                </span>
                {ojt.reassignSince ? (
                  <span>
                    <Badge tone="warning">{t("ojtReassign", { date: day(ojt.reassignSince) })}</Badge>
                  </span>
                ) : null}
                {handover.reader === "SUPERVISOR" ? <Link href={`/ojt/${ojt.id}`}>{t("openOjt")}</Link> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t("historyTitle")}>
        {handover.history.length === 0 ? (
          <p>{t("historyEmpty")}</p>
        ) : (
          <Table caption={t("historyCaption", { count: handover.history.length })} captionHidden>
            <thead>
              <tr>
                <Th>{t("effectiveOn")}</Th>
                <Th>{t("fromUnit")}</Th>
                <Th>{t("fromSupervisor")}</Th>
                <Th>{t("toUnit")}</Th>
                <Th>{t("toSupervisor")}</Th>
              </tr>
            </thead>
            <tbody>
              {handover.history.map((row) => (
                <tr key={row.id}>
                  <Td nowrap>{day(row.effectiveOn)}</Td>
                  <Td>
                    <UnitName trail={row.fromUnit.trail} />
                  </Td>
                  <Td>{row.fromSupervisor?.name ?? noSupervisor}</Td>
                  <Td>
                    <UnitName trail={row.toUnit.trail} />
                  </Td>
                  <Td>{row.toSupervisor?.name ?? noSupervisor}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Section>
    </div>
  );
}
