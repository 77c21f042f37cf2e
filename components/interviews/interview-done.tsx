import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";

/** What the page confirms after a save, named in `?done=`; anything else in the URL is ignored. */
export const INTERVIEW_DONE = ["recorded", "updated", "accepted", "declined"] as const;
export type InterviewDone = (typeof INTERVIEW_DONE)[number];

export function interviewDoneOf(value: unknown): InterviewDone | null {
  return INTERVIEW_DONE.find((done) => done === value) ?? null;
}

/**
 * The confirmation, announced politely; after an accept it leads on to the plan. A new interview
 * with shared notes or proposed actions was sent to its member (lib/interviews/record-interview.ts
 * notifies on exactly that), so the confirmation names them: `member`, when the page knows it.
 */
export async function InterviewDoneNotice({ done, plan, member }: { done: InterviewDone | null; plan?: { fiscalYear: number; label: string }; member?: { name: string; told: boolean } }) {
  if (!done) return null;
  const t = await getTranslations("interviews.done");
  const title = done === "recorded" && member?.told ? t("recordedTold", { name: member.name }) : t(done);
  return (
    <div role="status">
      <Notice title={title}>
        {done === "accepted" && plan ? <Link href={`/me/plans/${plan.fiscalYear}`}>{t("openPlan", { fiscalYear: plan.label })}</Link> : null}
      </Notice>
    </div>
  );
}
