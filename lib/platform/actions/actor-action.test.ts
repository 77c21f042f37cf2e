import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor } from "@/lib/platform/auth/roles";
import { conflict, invalidInput, notAllowed, notFound } from "@/lib/platform/errors";
import ja from "@/lib/platform/i18n/messages/ja.json";
import { id, requiredText, version, whenValid } from "@/lib/platform/validation/fields";

const calls = vi.hoisted(() => ({ actor: null as unknown, revalidated: [] as string[][], redirectedTo: [] as string[] }));

vi.mock("@/lib/platform/auth/actor", () => ({ requireActor: async () => calls.actor }));
vi.mock("next/cache", () => ({ revalidatePath: (...args: string[]) => void calls.revalidated.push(args) }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    calls.redirectedTo.push(to);
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${to};307;` });
  },
}));

// The confirmation is worded on the server in the reader's language: no cookie, so Japanese.
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }) }));

const { actorAction, actorPostAction } = await import("./actor-action");

const ACTOR: Actor = {
  employeeId: 7,
  staffNumber: "000007",
  name: "試験 太郎",
  unitId: 1,
  grants: [{ role: "EMPLOYEE", unitId: 1, unitName: "試験係", unitPath: "/1/", includeSubunits: false }],
};
const INITIAL = { ok: false, fieldErrors: {} };

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

// Fields, one of them a number (a type error stops zod's own refinements), and a cross-field check.
const period = z.object({
  title: requiredText(20),
  count: z.preprocess((value) => value ?? "0", z.coerce.number({ error: "validation.number" })),
  startOn: z.string().min(1, { error: "validation.required" }),
  endOn: z.string().min(1, { error: "validation.required" }),
});
const dates = z.object({ startOn: z.string().min(1), endOn: z.string().min(1) });
const schema = period.superRefine((value, context) => {
  if (value.endOn < value.startOn) context.addIssue({ code: "custom", path: ["endOn"], message: "validation.endBeforeStart" });
}, whenValid(dates));

beforeEach(() => {
  calls.actor = ACTOR;
  calls.revalidated = [];
  calls.redirectedTo = [];
});

describe("actorAction", () => {
  it("answers every field's problem in one pass, the cross-field check included, with what was typed", async () => {
    const handle = vi.fn();
    const action = actorAction({ schema, handle, revalidate: ["/page"] });
    const typed = { title: "", count: "many", startOn: "2026-05-01", endOn: "2026-04-01" };
    const state = await action(INITIAL, form(typed));
    expect(state).toEqual({
      ok: false,
      fieldErrors: { title: "required", count: "number", endOn: "endBeforeStart" },
      values: typed,
      words: { fields: { title: ja.validation.required, count: ja.validation.number, endOn: ja.validation.endBeforeStart } },
    });
    expect(handle).not.toHaveBeenCalled();
    expect(calls.revalidated).toEqual([]);
  });

  it("gives the handler the acting user and the parsed target and fields, then refreshes the pages", async () => {
    const handle = vi.fn(async () => 42);
    const action = actorAction({
      target: z.object({ id, version }),
      schema,
      handle,
      revalidate: (data, result) => [`/things/${data.id}`, `/result/${String(result)}`, { layout: "/things" }],
    });
    const state = await action(INITIAL, form({ id: "3", version: "2", title: " 研修 ", startOn: "2026-04-01", endOn: "2026-04-02" }));
    expect(handle).toHaveBeenCalledWith(ACTOR, { id: 3, version: 2, title: "研修", count: 0, startOn: "2026-04-01", endOn: "2026-04-02" });
    expect(state).toEqual({ ok: true, fieldErrors: {}, done: { key: "saved", text: "保存しました。" } });
    expect(calls.revalidated).toEqual([["/things/3"], ["/result/42"], ["/things", "layout"]]);
  });

  it("answers a forged target as not found, without reading the fields", async () => {
    const handle = vi.fn();
    const state = await actorAction({ target: z.object({ id }), schema, handle, revalidate: [] })(INITIAL, form({ id: "x", title: "" }));
    expect(state).toEqual({ ok: false, fieldErrors: {}, formError: "notFound", words: { fields: {}, form: ja.validation.notFound } });
    expect(handle).not.toHaveBeenCalled();
  });

  it("checks the area's role before the form, so a caller without it learns nothing of the fields", async () => {
    const state = await actorAction({
      allow: () => {
        throw notFound("area");
      },
      schema,
      handle: vi.fn(),
      revalidate: [],
    })(INITIAL, form({}));
    expect(state).toEqual({ ok: false, fieldErrors: {}, formError: "notFound", values: undefined, words: { fields: {}, form: ja.validation.notFound } });
  });

  it("maps the domain's refusals to the form: a field's, a state's own message, and someone else's save", async () => {
    const refusing = (error: Error) => actorAction({ schema, handle: async () => Promise.reject(error), revalidate: ["/page"] });
    const typed = { title: "a", startOn: "2026-04-01", endOn: "2026-04-01" };

    expect(await refusing(invalidInput("title", "unknownMeasure"))(INITIAL, form(typed))).toEqual({
      ok: false,
      fieldErrors: { title: "unknownMeasure" },
      values: typed,
      words: { fields: { title: ja.validation.unknownMeasure } },
    });
    expect(await refusing(notAllowed("closed"))(INITIAL, form(typed))).toMatchObject({ ok: false, formError: "notAllowed", values: typed });
    expect(calls.revalidated).toEqual([]);

    // The message says the latest version is shown: the page is refreshed and the typed values dropped.
    expect(await refusing(conflict())(INITIAL, form(typed))).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "conflict",
      values: undefined,
      words: { fields: {}, form: ja.validation.conflict },
    });
    expect(calls.revalidated).toEqual([["/page"]]);
  });

  it("throws what is not a refusal", async () => {
    const action = actorAction({ schema, handle: async () => Promise.reject(new TypeError("bug")), revalidate: ["/page"] });
    await expect(action(INITIAL, form({ title: "a", startOn: "1", endOn: "2" }))).rejects.toThrow("bug");
    expect(calls.revalidated).toEqual([]);
  });

  it("redirects after a change, or answers the confirmation's key and what the page shows", async () => {
    const going = actorAction({ schema, handle: async () => 5, revalidate: ["/page"], redirect: (result) => `/things/${result}?done=created` });
    await expect(going(INITIAL, form({ title: "a", startOn: "1", endOn: "2" }))).rejects.toMatchObject({
      digest: expect.stringContaining("/things/5?done=created"),
    });
    expect(calls.revalidated).toEqual([["/page"]]);

    const staying = actorAction({
      schema,
      handle: async () => ({ count: 2 }),
      revalidate: [],
      done: "progressRecorded",
      answer: (result: { count: number }) => ({ result }),
    });
    expect(await staying(INITIAL, form({ title: "a", startOn: "1", endOn: "2" }))).toEqual({
      ok: true,
      fieldErrors: {},
      done: { key: "progressRecorded", text: "進捗を記録しました。" },
      result: { count: 2 },
    });
    // Without a confirmation of its own, an action says 保存しました.
    const plain = actorAction({ schema, handle: async () => 1, revalidate: [] });
    expect((await plain(INITIAL, form({ title: "a", startOn: "1", endOn: "2" }))).done).toEqual({ key: "saved", text: "保存しました。" });
  });

  it("confirms with what the action did, who was told and the queue's next item, built from its result", async () => {
    const action = actorAction({
      schema,
      handle: async () => ({ confirmed: 3, remaining: 282, first: "佐久間 一郎" }),
      revalidate: [],
      done: (result, data) => ({
        key: "recordsConfirmed",
        values: { confirmed: result.confirmed, changed: 0, queue: "more", first: result.first, title: data.title },
        next: { href: "/team/records#records-to-verify", key: "nextRecords", values: { remaining: result.remaining } },
      }),
    });
    expect(await action(INITIAL, form({ title: "研修", startOn: "1", endOn: "2" }))).toEqual({
      ok: true,
      fieldErrors: {},
      done: {
        key: "recordsConfirmed",
        values: { confirmed: 3, changed: 0, queue: "more", first: "佐久間 一郎", title: "研修" },
        text: "確認しました（3件）。",
        next: { href: "/team/records#records-to-verify", key: "nextRecords", values: { remaining: 282 }, label: "次の記録へ（残り282件）" },
      },
    });
    // A refused run confirms nothing.
    const refused = actorAction({ schema, handle: async () => Promise.reject(conflict()), revalidate: [], done: () => ({ key: "saved" }) });
    expect((await refused(INITIAL, form({ title: "a", startOn: "1", endOn: "2" }))).done).toBeUndefined();
  });

  it("words what happened and who was told, with counts in thousands, in the reader's language", async () => {
    const told = (first: string | null, others: number) => (first === null ? { told: "no", first: "", others: 0 } : { told: "yes", first, others });
    const confirm = async (key: string, values: Record<string, string | number>) =>
      (await actorAction({ handle: async () => null, revalidate: [], done: () => ({ key, values }) })(INITIAL, form({}))).done?.text;
    expect(await confirm("commitmentReturned", told("佐久間 一郎", 0))).toBe("取組を差し戻しました。佐久間 一郎さんに通知しました。");
    expect(await confirm("commitmentSubmitted", told("宮城 誠", 2))).toBe("取組を提出しました。宮城 誠さんほか2人に通知しました。");
    expect(await confirm("ojtSessionLogged", told(null, 0))).toBe("OJTの実施記録を保存しました。");
    expect(await confirm("recordsConfirmed", { confirmed: 1250, changed: 0, queue: "more" })).toBe("確認しました（1,250件）。");
    expect(await confirm("recordsConfirmed", { confirmed: 2, changed: 1, queue: "empty" })).toBe(
      "確認しました（2件）。1件はページを開いた後に変更されたか、すでに確認されていたため、確認していません。最新の内容を見直してください。確認を待つ記録はもうありません。",
    );
    // A key the section lacks gets no words: the form reads it as a message key of its own.
    expect(await confirm("noSuchConfirmation", {})).toBeUndefined();
  });

  it("puts an error back on the form's own field name", async () => {
    const rows = z.object({ rows: z.array(z.object({ title: requiredText() })) });
    const action = actorAction({
      schema: rows,
      input: () => ({ rows: [{ title: "a" }, { title: "" }] }),
      fieldName: (field) => field.replace("rows.1.", "rows.4."),
      handle: vi.fn(),
      revalidate: [],
    });
    const state = await action(INITIAL, form({}));
    expect(state.fieldErrors).toEqual({ "rows.4.title": "required" });
    expect(state.words?.fields).toEqual({ "rows.4.title": ja.validation.required });
  });

  it("words each refusal from the form's own sections first, with the values the problem and the form name", async () => {
    const held = z.object({ fiscalYear: z.coerce.number(), heldOn: z.string(), minutes: z.coerce.number() }).superRefine((value, context) => {
      if (!value.heldOn.startsWith(String(value.fiscalYear)))
        context.addIssue({ code: "custom", path: ["heldOn"], message: "validation.outsideFiscalYear", params: { fiscalYear: value.fiscalYear } });
      if (value.minutes > 600) context.addIssue({ code: "custom", path: ["minutes"], message: "validation.minutes" });
    });
    const action = actorAction({ schema: held, wording: { sections: ["ojt"], values: { min: 5, max: 600 } }, handle: vi.fn(), revalidate: [] });
    const state = await action(INITIAL, form({ fiscalYear: "2026", heldOn: "2025-04-01", minutes: "900" }));
    expect(state.fieldErrors).toEqual({ heldOn: "outsideFiscalYear", minutes: "minutes" });
    expect(state.words?.fields).toEqual({
      heldOn: "令和8年度の期間内（4月1日～翌年3月31日）の日付を入力してください。",
      minutes: "5分から600分までの整数で入力してください。",
    });

    // The domain's refusal names its own values, and the reader's calendar shows them.
    const refusing = (error: Error) => actorAction({ wording: { sections: ["ojt"] }, handle: async () => Promise.reject(error), revalidate: [] });
    expect((await refusing(invalidInput("traineeId", "planExists", { fiscalYear: 2027 }))(INITIAL, form({}))).words?.fields).toEqual({
      traineeId: "この職員の令和9年度のOJT計画はすでに作成されています。一覧から開いてください。",
    });
    // A key neither the form's sections nor the shared section has reads as the generic message.
    expect((await refusing(invalidInput("title", "noSuchKey"))(INITIAL, form({}))).words?.fields).toEqual({ title: ja.validation.invalid });
    expect((await refusing(notAllowed("closed"))(INITIAL, form({}))).words?.form).toBe(ja.validation.notAllowed);
  });
});

describe("actorPostAction", () => {
  it("leaves the page as it was when the form is refused", async () => {
    const action = actorPostAction({ target: z.object({ id }), handle: async () => Promise.reject(notAllowed("no")), revalidate: ["/page"] });
    await expect(action(form({ id: "1" }))).resolves.toBeUndefined();
    await expect(action(form({ id: "forged" }))).resolves.toBeUndefined();
  });
});
