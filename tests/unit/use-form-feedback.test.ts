import { NextIntlClientProvider } from "next-intl";
import { type ComponentProps, createElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type FeedbackOptions, type FormFeedback, useFormFeedback } from "@/components/forms/use-form-feedback";
import ja from "@/lib/platform/i18n/messages/ja.json";
import type { FormState } from "@/lib/platform/validation/form-state";

/** The hook's answer, rendered once as a client component would be, with the Japanese catalogue. */
function feedbackOf(state: FormState, options?: FeedbackOptions): FormFeedback {
  let seen: FormFeedback | undefined;
  function Probe() {
    seen = useFormFeedback(state, options);
    return null;
  }
  // What a page with a form sends the browser (lib/platform/i18n/client-namespaces.ts): no validation messages but the generic one.
  const messages = { validation: { invalid: ja.validation.invalid, summary: ja.validation.summary } };
  const provider: ComponentProps<typeof NextIntlClientProvider> = { locale: "ja", messages, timeZone: "Asia/Tokyo", children: null };
  renderToString(createElement(NextIntlClientProvider, provider, createElement(Probe)));
  if (!seen) throw new Error("not rendered");
  return seen;
}

describe("useFormFeedback", () => {
  it("shows each field's problem as the server worded it, this form's own wording of a key first", () => {
    const feedback = feedbackOf(
      {
        ok: false,
        fieldErrors: { staffNumber: "unknownStaff", validTo: "outsideFiscalYear", role: "conflict" },
        words: {
          fields: { staffNumber: "職員番号が見つかりません。", validTo: "令和8年度の期間内の日付を入力してください。", role: "他の人が保存しました。" },
        },
      },
      { messages: { conflict: "役割が変わりました。" }, idPrefix: "grant-" },
    );
    expect(feedback.error("staffNumber")).toBe("職員番号が見つかりません。");
    expect(feedback.error("validTo")).toBe("令和8年度の期間内の日付を入力してください。");
    expect(feedback.error("role")).toBe("役割が変わりました。");
    expect(feedback.errors.map(({ id }) => id)).toEqual(["grant-staffNumber", "grant-validTo", "grant-role"]);
    // A problem the server sent no words for still reads as a message, never as its key.
    expect(feedbackOf({ ok: false, fieldErrors: { title: "required" } }).error("title")).toBe(ja.validation.invalid);
  });

  it("links no summary entry to a hidden field or to the form as a whole", () => {
    const feedback = feedbackOf(
      {
        ok: false,
        fieldErrors: { version: "invalid", _form: "commitmentRequired", title: "required" },
        words: { fields: { version: "a", _form: "b", title: "c" } },
      },
      { hidden: ["version"] },
    );
    expect(feedback.errors).toEqual([
      { field: "version", id: null, message: "a" },
      { field: "_form", id: null, message: "b" },
      { field: "title", id: "title", message: "c" },
    ]);
  });

  it("words a refusal of the whole form as this form says it, or as the server did", () => {
    const refused = { ok: false, fieldErrors: {}, formError: "conflict", words: { fields: {}, form: ja.validation.conflict } };
    expect(feedbackOf(refused, { messages: { conflict: "設定が変わりました。" } }).formError).toBe("設定が変わりました。");
    expect(feedbackOf(refused).formError).toBe(ja.validation.conflict);
  });

  it("shows a success in the words the server wrote, this form's own wording first", () => {
    expect(feedbackOf({ ok: true, fieldErrors: {}, done: { key: "progressRecorded", text: "進捗を記録しました。" } }).confirmation).toBe(
      "進捗を記録しました。",
    );
    expect(
      feedbackOf(
        { ok: true, fieldErrors: {}, done: { key: "remindersSent", text: "3人に督促を送りました。" } },
        { messages: { remindersSent: "送りました。" } },
      ).confirmation,
    ).toBe("送りました。");
    // A confirmation the server could not word is not made up here.
    expect(feedbackOf({ ok: true, fieldErrors: {}, done: { key: "noSuchConfirmation" } }).confirmation).toBeUndefined();
    expect(feedbackOf({ ok: false, fieldErrors: {} }).confirmation).toBeUndefined();
  });

  it("offers the queue's next item as a link beside the confirmation", () => {
    const feedback = feedbackOf({
      ok: true,
      fieldErrors: {},
      done: {
        key: "recordsConfirmed",
        text: "確認しました（25件）。",
        next: { href: "/team/records#records-to-verify", key: "nextRecords", values: { remaining: 1234 }, label: "次の記録へ（残り1,234件）" },
      },
    });
    expect(feedback.next).toEqual({ href: "/team/records#records-to-verify", label: "次の記録へ（残り1,234件）" });
    expect(feedbackOf({ ok: true, fieldErrors: {}, done: { key: "progressRecorded", text: "進捗を記録しました。" } }).next).toBeUndefined();
  });
});
