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
  const provider: ComponentProps<typeof NextIntlClientProvider> = { locale: "ja", messages: ja, timeZone: "Asia/Tokyo", children: null };
  renderToString(createElement(NextIntlClientProvider, provider, createElement(Probe)));
  if (!seen) throw new Error("not rendered");
  return seen;
}

describe("useFormFeedback", () => {
  it("says each field's problem in the form's own words first, with the values it names", () => {
    const feedback = feedbackOf(
      { ok: false, fieldErrors: { staffNumber: "unknownStaff", validTo: "outsideFiscalYear", role: "noSuchKey" } },
      { sections: ["roleAdmin"], params: { fiscalYear: "令和8年度" }, idPrefix: "grant-" },
    );
    expect(feedback.error("staffNumber")).toBe(ja.roleAdmin.validation.unknownStaff);
    expect(feedback.error("validTo")).toBe("令和8年度の期間内（4月1日～翌年3月31日）の日付を入力してください。");
    expect(feedback.error("role")).toBe(ja.validation.invalid);
    expect(feedback.errors.map(({ id }) => id)).toEqual(["grant-staffNumber", "grant-validTo", "grant-role"]);
  });

  it("links no summary entry to a hidden field or to the form as a whole", () => {
    const feedback = feedbackOf({ ok: false, fieldErrors: { version: "invalid", _form: "commitmentRequired", title: "required" } }, { hidden: ["version"] });
    expect(feedback.errors).toEqual([
      { field: "version", id: null, message: ja.validation.invalid },
      { field: "_form", id: null, message: ja.validation.commitmentRequired },
      { field: "title", id: "title", message: ja.validation.required },
    ]);
  });

  it("words a refusal of the whole form as this form says it, or as the catalogue does", () => {
    expect(feedbackOf({ ok: false, fieldErrors: {}, formError: "conflict" }, { messages: { conflict: "設定が変わりました。" } }).formError).toBe(
      "設定が変わりました。",
    );
    expect(feedbackOf({ ok: false, fieldErrors: {}, formError: "planUnderReview" }, { sections: ["interviews"] }).formError).toBe(
      ja.interviews.validation.planUnderReview,
    );
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
    // Words the server could not find: the key is read as a message of the form's sections.
    expect(feedbackOf({ ok: true, fieldErrors: {} }).confirmation).toBe(ja.validation.saved);
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
