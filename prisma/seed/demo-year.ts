import type { CalendarDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A year of records for the demo sign-ins, so the pages have something to show: last year's
 * approved plan of demo-employee (history, and context for the supervisor's review), trainings,
 * a qualification, this year's OJT with sessions and a career interview, and a colleague's
 * plan waiting in demo-supervisor's review queue. demo-employee's plan for this year is left
 * for the person trying the portal to write. The year is the one of `today`, and nothing of it
 * is dated after `today`: early in April, what the demo did in May and June happened on `today`
 * (in the same order), rather than in a future the portal would show as done.
 */
export async function seedDemoYear(tx: Prisma.TransactionClient, today: CalendarDate): Promise<{ plans: number; trainings: number }> {
  const fiscalYear = fiscalYearOf(today);
  const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));
  const latest = day(today.year, today.month, today.day);
  /** A day of this fiscal year (April to July here), or `today` if that is still to come. */
  const thisYear = (month: number, date: number) => {
    const at = day(fiscalYear, month, date);
    return at > latest ? latest : at;
  };
  const employee = await tx.employee.findUniqueOrThrow({ where: { staffNumber: "demo-employee" }, select: { id: true, unitId: true } });
  const supervisor = await tx.employee.findUniqueOrThrow({ where: { staffNumber: "demo-supervisor" }, select: { id: true } });
  const colleague = await tx.employee.findFirst({
    where: { unitId: employee.unitId, id: { notIn: [employee.id, supervisor.id] } },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  const measures = await tx.measure.findMany({ select: { id: true, number: true, area: { select: { number: true } } } });
  const measure = (area: number, number: number) => measures.find((m) => m.area.number === area && m.number === number)?.id ?? measures[0]!.id;
  const images = await tx.targetImage.findMany({ orderBy: { number: "asc" }, select: { id: true, number: true } });
  const last = fiscalYear - 1;

  await tx.developmentPlan.create({
    data: {
      employeeId: employee.id,
      fiscalYear: last,
      status: "APPROVED",
      visionNow: "窓口での相談対応を通じて、制度を分かりやすく説明する力を身に付けている。",
      vision3Years: "障害福祉の制度を一通り担当し、後輩に教えられるようになる。",
      vision10Years: "地域の関係機関と協働して、福祉の計画づくりを担う。",
      transferWishFields: "福祉分野（区役所の保健福祉センター）",
      transferWishComment: "現場の相談業務を経験したい。",
      reflection: "簿記の資格を取り、予算の資料を自分で読めるようになった。来年度は制度の勉強に力を入れたい。",
      submittedAt: day(last, 5, 10),
      reviewedAt: day(last, 5, 20),
      reviewerId: supervisor.id,
      images: {
        create: images.map((image) => ({
          targetImageId: image.id,
          aspired: image.number === 2,
          reason: image.number === 2 ? "関係機関との調整が多く、協働の力を伸ばしたいため。" : "",
          selfScore: 3,
        })),
      },
      events: {
        create: [
          { action: "CREATE", toStatus: "DRAFT", actorId: employee.id, at: day(last, 4, 20) },
          { action: "SUBMIT", fromStatus: "DRAFT", toStatus: "SUBMITTED", actorId: employee.id, at: day(last, 5, 10) },
          {
            action: "APPROVE",
            fromStatus: "SUBMITTED",
            toStatus: "APPROVED",
            comment: "着実な目標です。期待しています。",
            actorId: supervisor.id,
            at: day(last, 5, 20),
          },
        ],
      },
    },
  });
  const lastPlan = await tx.developmentPlan.findUniqueOrThrow({
    where: { employeeId_fiscalYear: { employeeId: employee.id, fiscalYear: last } },
    select: { id: true },
  });
  for (const [position, commitment] of [
    { title: "日商簿記3級を取得する", measureId: measure(1, 5), targetText: "合格", progress: 100 },
    { title: "窓口対応の手引きを作る", measureId: measure(3, 3), targetText: "手引き1冊", progress: 100 },
  ].entries()) {
    await tx.commitment.create({
      data: {
        level: "INDIVIDUAL",
        fiscalYear: last,
        planId: lastPlan.id,
        ownerEmployeeId: employee.id,
        createdById: employee.id,
        measureId: commitment.measureId,
        title: commitment.title,
        targetText: commitment.targetText,
        status: "DONE",
        progressPercent: commitment.progress,
        position,
        dueOn: day(last + 1, 2, 28),
        progress: { create: { recordedOn: day(last + 1, 2, 15), note: "達成した。", percent: 100, recordedById: employee.id } },
      },
    });
  }

  const trainings = [
    {
      fiscalYear: last,
      programmeName: "新規採用職員研修（後期）",
      kind: "INSTITUTE",
      start: day(last, 10, 7),
      end: day(last, 10, 8),
      hours: 12,
      measureId: measure(1, 3),
    },
    {
      fiscalYear: last,
      programmeName: "障害福祉制度の基礎",
      kind: "DEPARTMENTAL",
      start: day(last, 7, 15),
      end: day(last, 7, 15),
      hours: 3,
      measureId: measure(1, 4),
    },
    { fiscalYear, programmeName: "2年目職員研修", kind: "INSTITUTE", start: thisYear(6, 10), end: thisYear(6, 11), hours: 14, measureId: measure(1, 3) },
  ] as const;
  await tx.trainingRecord.createMany({
    data: trainings.map((training) => ({
      employeeId: employee.id,
      fiscalYear: training.fiscalYear,
      programmeName: training.programmeName,
      kind: training.kind,
      startOn: training.start,
      endOn: training.end,
      hours: training.hours,
      completed: true,
      measureId: training.measureId,
      createdById: employee.id,
      // Last year's were confirmed by the supervisor; this year's waits on the /team/records page.
      ...(training.fiscalYear === last ? { verifiedAt: day(last + 1, 3, 10), verifiedById: supervisor.id } : {}),
    })),
  });
  await tx.qualificationRecord.create({
    data: { employeeId: employee.id, name: "日商簿記検定3級", obtainedOn: day(last + 1, 2, 10), measureId: measure(1, 5), createdById: employee.id },
  });

  if (colleague) {
    await tx.ojtPlan.create({
      data: {
        traineeId: employee.id,
        trainerId: colleague.id,
        supervisorId: supervisor.id,
        fiscalYear,
        goals: "上期：障害福祉サービスの支給決定事務を一人で行える。下期：制度改正の説明資料を作れる。",
        sessions: {
          create: [
            {
              heldOn: thisYear(5, 12),
              minutes: 60,
              topic: "支給決定の流れ",
              learnt: "審査の観点と記録の残し方",
              nextStep: "実際の案件を一件担当する",
              recordedById: colleague.id,
            },
            {
              heldOn: thisYear(7, 8),
              minutes: 45,
              topic: "窓口での説明",
              learnt: "制度を図で説明すると伝わりやすい",
              nextStep: "説明用の図を作る",
              recordedById: employee.id,
            },
          ],
        },
      },
    });
    const colleaguePlan = await tx.developmentPlan.create({
      data: {
        employeeId: colleague.id,
        fiscalYear,
        status: "SUBMITTED",
        visionNow: "係の庶務と予算を担当している。",
        vision3Years: "係の業務を見渡して後輩を支えられるようになる。",
        submittedAt: thisYear(5, 8),
        images: { create: images.map((image) => ({ targetImageId: image.id, aspired: image.number === 4 })) },
        events: {
          create: [
            { action: "CREATE", toStatus: "DRAFT", actorId: colleague.id, at: thisYear(4, 25) },
            { action: "SUBMIT", fromStatus: "DRAFT", toStatus: "SUBMITTED", actorId: colleague.id, at: thisYear(5, 8) },
          ],
        },
      },
      select: { id: true },
    });
    await tx.commitment.create({
      data: {
        level: "INDIVIDUAL",
        fiscalYear,
        planId: colleaguePlan.id,
        ownerEmployeeId: colleague.id,
        createdById: colleague.id,
        measureId: measure(1, 2),
        title: "青葉さんのOJT指導担当として月1回振り返りを行う",
        targetValue: 12,
        targetUnit: "回",
        status: "SUBMITTED",
      },
    });
  }

  await tx.careerInterview.create({
    data: {
      employeeId: employee.id,
      supervisorId: supervisor.id,
      heldOn: thisYear(5, 15),
      kind: "START_OF_YEAR",
      agenda: "今年度の目標と育成計画について",
      sharedNotes: "制度の理解を深め、窓口での説明力を高めることを確認した。",
      privateNotes: "異動希望は来年度以降に検討。",
      agreedActions: "部門別研修（障害福祉）を受講する。",
    },
  });
  return { plans: colleague ? 2 : 1, trainings: trainings.length };
}
