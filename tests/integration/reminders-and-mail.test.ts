import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { toDateColumn, tokyoDate } from "@/lib/platform/dates/calendar-date";
import { fiscalYearOf } from "@/lib/platform/dates/fiscal-year";
import { createPrismaClient } from "@/lib/platform/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { composeDigests } from "@/lib/messaging/mail/compose-digests";
import { sendOutbox } from "@/lib/messaging/mail/send-outbox";
import { raiseReminders } from "@/lib/messaging/reminders/raise-reminders";
import { createThrowawayDatabase, type ThrowawayDatabase } from "@/tests/support/postgres-server";
import { type SmtpCatcher, startSmtpCatcher } from "@/tests/support/smtp-catcher";

/**
 * Reminders and e-mail digests run over the whole database (they are the portal's own jobs), so
 * this file has a database of its own: one 係 with its 係長 and two members. The digests are sent
 * to a real SMTP server started here, and read back from it.
 */
let database: ThrowawayDatabase;
let client: PrismaClient;
let catcher: SmtpCatcher;
const ids = { supervisor: 0, member: 0, young: 0, plan: 0, qualification: 0 };
const today = tokyoDate();
const DAY = 86_400_000;

beforeAll(async () => {
  database = await createThrowawayDatabase(inject("adminDatabaseUrl"), "hagukumi_mail");
  client = createPrismaClient(database.url);
  catcher = await startSmtpCatcher();
  const unit = await client.orgUnit.create({ data: { code: "RM-1", name: "試験係", kind: "UNIT", path: "/" } });
  await client.orgUnit.update({ where: { id: unit.id }, data: { path: `/${unit.id}/` } });
  const person = (staffNumber: string, joinedOn: string, email: string | null) =>
    client.employee.create({
      data: {
        staffNumber,
        name: `試験 ${staffNumber}`,
        nameKana: "シケン",
        jobCategory: "事務",
        rank: "主事",
        joinedOn: new Date(joinedOn),
        unitId: unit.id,
        email,
      },
    });
  ids.supervisor = (await person("RM-S", "2000-04-01", "chief@example.jp")).id;
  ids.member = (await person("RM-M", "2005-04-01", "member@example.jp")).id;
  ids.young = (await person("RM-Y", `${fiscalYearOf(today)}-04-01`, null)).id;
  await client.roleAssignment.create({ data: { employeeId: ids.supervisor, role: "SUPERVISOR", unitId: unit.id, validFrom: new Date("2000-04-01") } });
  ids.plan = (
    await client.developmentPlan.create({
      data: { employeeId: ids.member, fiscalYear: fiscalYearOf(today), status: "SUBMITTED", submittedAt: new Date(Date.now() - 10 * DAY) },
    })
  ).id;
  ids.qualification = (
    await client.qualificationRecord.create({
      data: {
        employeeId: ids.member,
        name: "社会福祉士",
        obtainedOn: new Date("2020-06-01"),
        expiresOn: new Date(toDateColumn(today).getTime() + 30 * DAY),
        createdById: ids.member,
      },
    })
  ).id;
}, 60_000);

afterAll(async () => {
  await catcher.close();
  await client.$disconnect();
  await database.drop();
});

const notificationsOf = (recipientId: number) => client.notification.findMany({ where: { recipientId }, orderBy: { id: "asc" } });

describe("reminders", () => {
  it("are raised once each: an overdue review, an expiring qualification, missing interviews and OJT plans", async () => {
    await raiseReminders(client, today, new Date());
    await raiseReminders(client, today, new Date());
    const member = await notificationsOf(ids.member);
    expect(member.map((n) => [n.kind, n.params])).toEqual([["QUALIFICATION_EXPIRING", expect.objectContaining({ name: "社会福祉士" })]]);
    const supervisor = await notificationsOf(ids.supervisor);
    expect(supervisor.map((n) => n.kind).sort()).toEqual(["INTERVIEW_MISSING", "OJT_PLAN_MISSING", "PLAN_REVIEW_OVERDUE"]);
    expect(supervisor.find((n) => n.kind === "PLAN_REVIEW_OVERDUE")).toMatchObject({ actorId: ids.member, href: `/plans/${ids.plan}` });
    expect(supervisor.find((n) => n.kind === "INTERVIEW_MISSING")?.params).toEqual({ count: 2 });
    expect(supervisor.find((n) => n.kind === "OJT_PLAN_MISSING")?.params).toEqual({ count: 1 });
  });

  it("wait for the HR division's limit before calling a review overdue", async () => {
    await client.setting.upsert({
      where: { key: "reminders" },
      create: { key: "reminders", value: { reviewOverdueDays: 30, digestTime: "08:00" } },
      update: { value: { reviewOverdueDays: 30, digestTime: "08:00" } },
    });
    await client.developmentPlan.update({ where: { id: ids.plan }, data: { submittedAt: new Date(Date.now() - 20 * DAY) } });
    await raiseReminders(client, today, new Date());
    // Submitted anew (a new submission time): 20 days is within the 30-day limit, so nothing new.
    expect((await notificationsOf(ids.supervisor)).filter((n) => n.kind === "PLAN_REVIEW_OVERDUE")).toHaveLength(1);
  });

  it("call an approved plan's changes overdue too, once they have waited past the limit", async () => {
    const changed = await client.developmentPlan.create({
      data: {
        employeeId: ids.young,
        fiscalYear: fiscalYearOf(today),
        status: "APPROVED",
        submittedAt: new Date(Date.now() - 40 * DAY),
        changesSubmittedAt: new Date(Date.now() - 40 * DAY),
      },
    });
    try {
      await raiseReminders(client, today, new Date());
      const overdue = (await notificationsOf(ids.supervisor)).filter((n) => n.kind === "PLAN_REVIEW_OVERDUE");
      expect(overdue.map((n) => n.href)).toEqual([`/plans/${ids.plan}`, `/plans/${changed.id}`]);
    } finally {
      await client.notification.deleteMany({ where: { href: `/plans/${changed.id}` } });
      await client.developmentPlan.delete({ where: { id: changed.id } });
    }
  });
});

describe("e-mail digests", () => {
  it("are written once a day for those who asked, and each notification is carried once", async () => {
    expect(await composeDigests(client, today, { smtpConfigured: true })).toBe(0);
    await client.employee.update({ where: { id: ids.member }, data: { emailDigest: true } });
    expect(await composeDigests(client, today, { smtpConfigured: true, portalUrl: "https://hagukumi.example.jp" })).toBe(1);
    expect(await composeDigests(client, today, { smtpConfigured: true })).toBe(0);
    const [mail] = await client.mailOutbox.findMany({ where: { recipientId: ids.member } });
    expect(mail).toMatchObject({ toAddress: "member@example.jp", status: "PENDING" });
    expect(mail!.body).toContain("資格「社会福祉士」の有効期限");
    expect(mail!.body).toContain("https://hagukumi.example.jp/me/records");
    expect((await notificationsOf(ids.member)).every((n) => n.mailId === mail!.id)).toBe(true);
  });

  it("are sent through SMTP exactly once", async () => {
    expect(await sendOutbox(client, { url: catcher.url, from: "hagukumi@example.jp" })).toEqual({ sent: 1, failed: 0 });
    const [caught] = await catcher.waitFor(1);
    expect(caught).toMatchObject({ to: ["member@example.jp"], from: "hagukumi@example.jp" });
    expect(caught!.subject).toContain("【はぐくみ】お知らせ 1件");
    expect(caught!.text).toContain("試験 RM-M さん");
    expect(caught!.text).toContain("社会福祉士");
    expect(await sendOutbox(client, { url: catcher.url, from: "hagukumi@example.jp" })).toEqual({ sent: 0, failed: 0 });
    expect(catcher.mails).toHaveLength(1);
    expect((await client.mailOutbox.findFirstOrThrow({ where: { recipientId: ids.member } })).status).toBe("SENT");
  });

  it("record a relay that refuses, and try again later", async () => {
    await client.employee.update({ where: { id: ids.supervisor }, data: { emailDigest: true } });
    expect(await composeDigests(client, today, { smtpConfigured: true })).toBe(1);
    expect(await sendOutbox(client, { url: "smtp://127.0.0.1:9", from: "hagukumi@example.jp" })).toEqual({ sent: 0, failed: 1 });
    const failed = await client.mailOutbox.findFirstOrThrow({ where: { recipientId: ids.supervisor } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(failed.lastError).toBeTruthy();
    expect(await sendOutbox(client, { url: catcher.url, from: "hagukumi@example.jp" })).toEqual({ sent: 1, failed: 0 });
    expect((await catcher.waitFor(2))[1]!.to).toEqual(["chief@example.jp"]);
  });

  it("are kept in the outbox, unsent, when no SMTP server is configured, in the language the person chose", async () => {
    const tomorrow = { ...today, day: today.day + 1 };
    await client.employee.update({ where: { id: ids.member }, data: { preferredLanguage: "en" } });
    await client.notification.create({ data: { recipientId: ids.member, kind: "PLAN_RETURNED", href: "/me/plans", params: { name: "試験 RM-S" } } });
    expect(await composeDigests(client, tomorrow, { smtpConfigured: false })).toBe(1);
    const held = await client.mailOutbox.findFirstOrThrow({ where: { recipientId: ids.member }, orderBy: { id: "desc" } });
    expect(held.status).toBe("HELD");
    expect(held.subject).toMatch(/^\[Hagukumi\] 1 notification \(/);
    expect(await sendOutbox(client, { url: catcher.url, from: "hagukumi@example.jp" })).toEqual({ sent: 0, failed: 0 });
  });
});
