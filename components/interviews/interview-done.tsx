import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";

/** What the page confirms after a save, named in `?done=`; anything else in the URL is ignored. */
export const INTERVIEW_DONE = ["recorded", "updated", "accepted", "declined"] as const;
export type InterviewDone = (typeof INTERVIEW_DONE)[number];

export function interviewDoneOf(value: unknown): InterviewDone | null {
  return INTERVIEW_DONE.find((done) => done === value) ?? null;
}

/** The confirmation, announced politely; after an accept it leads on to the plan. */
export async function InterviewDoneNotice({ done, plan }: { done: InterviewDone | null; plan?: { fiscalYear: number; label: string } }) {
  if (!done) return null;
  const t = await getTranslations("interviews.done");
  return (
    <div role="status">
      <Notice title={t(done)}>
        {done === "accepted" && plan ? <Link href={`/me/plans/${plan.fiscalYear}`}>{t("openPlan", { fiscalYear: plan.label })}</Link> : null}
      </Notice>
    </div>
  );
}
