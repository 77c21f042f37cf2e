import { expect, test } from "@playwright/test";
import { actionId, callFormAction, readActionIds } from "../load/server-actions";
import { signIn } from "./sign-in";

/**
 * A server action is a public endpoint: another site can make a signed-in member of staff's
 * browser post to it. Next.js refuses an action whose Origin is not the portal's own; this
 * proves it for a real write with a valid session, and that the same post from the portal's
 * own origin does write (so the refusal is the origin check, not a malformed request).
 */
test("a server action posted from another origin changes nothing", async ({ page, baseURL }) => {
  // Another member of staff than the plan walk's, so parallel specs do not count each other's records.
  await signIn(page, "240051");
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const createTraining = actionId(readActionIds(), "lib/records/record-actions.ts", "createTrainingAction");
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(new Date());
  const fiscalYear = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) < 4 ? 1 : 0);
  const post = (programmeName: string, origin: string) =>
    callFormAction(
      baseURL!,
      cookie,
      "/me/records/training/new",
      createTraining,
      { fiscalYear: String(fiscalYear), programmeName, kind: "EXTERNAL", startOn: today, endOn: today, hours: "1" },
      { origin },
    );

  const forged = `他サイトからの送信${Date.now().toString(36)}`;
  const refused = await post(forged, "https://attacker.example");
  expect(refused.result).not.toEqual(expect.objectContaining({ ok: true }));
  const own = `自サイトからの送信${Date.now().toString(36)}`;
  const accepted = await post(own, baseURL!);
  // The form stays and confirms the record it added (the action's own confirmation).
  expect(accepted.result).toMatchObject({ ok: true, done: { key: "trainingCreated" } });

  await page.goto(`/me/records?fy=${fiscalYear}`);
  await expect(page.getByRole("rowheader", { name: own })).toBeVisible();
  await expect(page.getByText(forged)).toHaveCount(0);
});
