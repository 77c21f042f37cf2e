import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openNotificationAction } from "@/lib/messaging/notifications/notification-actions";
import type { Actor } from "@/lib/platform/auth/roles";
import { db } from "@/lib/platform/db/client";
import { countUnreadNotifications, findNotifications } from "@/lib/messaging/notifications/find-notifications";
import { findReminders } from "@/lib/messaging/notifications/find-reminders";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/messaging/notifications/mark-read";
import { commentOnPlan, returnPlan } from "@/lib/year/plans/review-plan";
import { expectAppError, createTeam, measureId, planVersion, submittedPlan, type Team } from "../support/plan-fixtures";
import { outcomeOf } from "../support/fuzz/outcome";
import type { AuditAction } from "@/lib/platform/audit/audit-actions";

// The open action reads the signed-in person; here it is whoever the test says. Outside a request
// Next's cache has no store: the action only tells it what changed.
const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/platform/auth/actor", () => ({ getActor: async () => signedIn.actor, requireActor: async () => signedIn.actor }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// Notifications are written with the event that causes them and read only by their recipient;
// reminders are derived from the data and vanish once the thing is done.
let team: Team;
let measure: number;

beforeAll(async () => {
  team = await createTeam("notify", 2);
  measure = await measureId(1, 5);
});
afterAll(async () => team.remove());

describe("notifications", () => {
  it("tell the supervisor of a submitted plan and the owner of its review, never the actor", async () => {
    const [owner] = team.members;
    const { planId } = await submittedPlan(owner!, measure);
    const toSupervisor = await findNotifications(team.supervisor, { unreadOnly: true });
    expect(toSupervisor.filter((n) => n.kind === "PLAN_SUBMITTED" && n.href === `/plans/${planId}`)).toHaveLength(1);
    expect((await findNotifications(owner!)).filter((n) => n.kind === "PLAN_SUBMITTED")).toHaveLength(0);

    await returnPlan(team.supervisor, planId, await planVersion(planId), "もう少し具体的に");
    await commentOnPlan(team.supervisor, planId, "期待しています");
    const toOwner = await findNotifications(owner!, { unreadOnly: true });
    expect(toOwner.map((n) => n.kind).sort()).toEqual(["PLAN_COMMENTED", "PLAN_RETURNED"]);
    expect((await findNotifications(team.supervisor)).filter((n) => n.kind === "PLAN_RETURNED")).toHaveLength(0);
  });

  it("are read only by their recipient: another person's id is not found and stays unread", async () => {
    const [owner, colleague] = team.members;
    const [notification] = await findNotifications(owner!, { unreadOnly: true });
    expect(notification).toBeDefined();
    await expectAppError(markNotificationRead(colleague!, notification!.id), "NOT_FOUND");
    await expectAppError(markNotificationRead(team.supervisor, notification!.id), "NOT_FOUND");
    expect((await db.notification.findUniqueOrThrow({ where: { id: notification!.id } })).readAt).toBeNull();

    const before = await countUnreadNotifications(owner!);
    expect(await markNotificationRead(owner!, notification!.id)).toBe(notification!.href);
    expect(await countUnreadNotifications(owner!)).toBe(before - 1);
    const audited = await db.auditLog.count({
      where: { action: "notification.read" satisfies AuditAction, entityId: String(notification!.id), actorId: owner!.employeeId },
    });
    expect(audited).toBe(1);

    await markAllNotificationsRead(owner!);
    expect(await countUnreadNotifications(owner!)).toBe(0);
  });

  it("opened by id through the page's action: someone else's, or a forged id, answers not found and changes nothing", async () => {
    const [owner, colleague] = team.members;
    const notification = await db.notification.create({
      data: { recipientId: owner!.employeeId, kind: "PLAN_COMMENTED", actorId: team.supervisor.employeeId, href: "/me/plans", params: {} },
      select: { id: true },
    });
    const open = (actor: Actor, notificationId: string) => {
      signedIn.actor = actor;
      const form = new FormData();
      form.set("notificationId", notificationId);
      return outcomeOf(() => openNotificationAction(form));
    };
    const auditRows = () => db.auditLog.count({ where: { action: "notification.read" satisfies AuditAction, entityId: String(notification.id) } });

    expect(await open(colleague!, String(notification.id))).toEqual({ kind: "not-found" });
    expect(await open(team.supervisor, String(notification.id))).toEqual({ kind: "not-found" });
    for (const forged of ["", "abc", "-1", "0", "99999999999", String(2_147_483_647)])
      expect(await open(colleague!, forged), forged).toEqual({ kind: "not-found" });
    expect((await db.notification.findUniqueOrThrow({ where: { id: notification.id } })).readAt).toBeNull();
    expect(await auditRows()).toBe(0);

    // Its recipient is taken where it points, and it is read.
    expect(await open(owner!, String(notification.id))).toEqual({ kind: "redirect", to: "/me/plans" });
    expect((await db.notification.findUniqueOrThrow({ where: { id: notification.id } })).readAt).not.toBeNull();
    expect(await auditRows()).toBe(1);
  });
});

describe("reminders", () => {
  it("ask a member without a plan to write one, and a member with a returned plan to revise it", async () => {
    const [owner, colleague] = team.members;
    expect((await findReminders(colleague!, "employee")).map((r) => r.kind)).toEqual(["createPlan"]);
    expect((await findReminders(owner!, "employee")).map((r) => r.kind)).toEqual(["planReturned"]);
  });

  it("tell the supervisor how many members have no career interview this year, and nothing to review once reviewed", async () => {
    const reminders = await findReminders(team.supervisor, "supervisor");
    expect(reminders.find((r) => r.kind === "interviewsDue")?.count).toBe(2);
    expect(reminders.find((r) => r.kind === "reviewPlans")).toBeUndefined();
    // Members joined in 2000: none is young staff, so no OJT reminder.
    expect(reminders.find((r) => r.kind === "ojtMissing")).toBeUndefined();
    expect(await findReminders(team.members[0]!, "supervisor")).toEqual([]);
  });
});
