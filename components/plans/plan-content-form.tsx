"use client";

import { useTranslations } from "next-intl";
import { savePlanContentAction } from "@/lib/year/plans/own-plan-actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormFeedback } from "@/components/forms/use-form-feedback";
import { Button } from "@/components/ui/button";
import { Checkbox, RadioGroup, TextArea } from "@/components/ui/form-controls";
import { INITIAL_FORM_STATE } from "@/lib/platform/validation/form-state";

export interface PlanContentValues {
  id: number;
  fiscalYear: number;
  version: number;
  visionNow: string;
  vision3Years: string;
  vision10Years: string;
  transferWishFields: string;
  transferWishComment: string;
  images: { targetImageId: number; number: number; name: string; aspired: boolean; reason: string; selfScore: number | null; selfComment: string }[];
}

/**
 * The plan's goals in one form: vision, target images with self-assessment, transfer wishes.
 * `noticeId` names the page's notice of what a save will do (a change of an approved plan goes to
 * the supervisor), which the page shows once above this form and the commitments' order.
 */
export function PlanContentForm({ plan, noticeId }: { plan: PlanContentValues; noticeId?: string }) {
  const t = useTranslations("plans");
  const { state, pending, formProps } = useFormAction(savePlanContentAction, INITIAL_FORM_STATE);
  const feedback = useFormFeedback(state, { hidden: ["planId", "fiscalYear", "version"] });
  const error = feedback.error;
  const scores = [1, 2, 3, 4, 5].map((score) => ({ value: String(score), label: t("selfScoreOption", { score }) }));
  return (
    // The key makes the form take the saved values after a save or a refused (stale) one.
    <form key={plan.version} {...formProps} className="flex flex-col gap-8">
      <ErrorSummary feedback={feedback} pending={pending} />
      <input type="hidden" name="planId" value={plan.id} />
      <input type="hidden" name="fiscalYear" value={plan.fiscalYear} />
      <input type="hidden" name="version" value={plan.version} />

      <fieldset className="flex flex-col gap-6">
        <legend className="mb-4 text-std-24B-150">{t("vision")}</legend>
        <TextArea
          id="visionNow"
          name="visionNow"
          label={t("visionNow")}
          hint={t("visionNowHint")}
          defaultValue={plan.visionNow}
          error={error("visionNow")}
          maxLength={4000}
        />
        <TextArea
          id="vision3Years"
          name="vision3Years"
          label={t("vision3Years")}
          defaultValue={plan.vision3Years}
          error={error("vision3Years")}
          maxLength={4000}
        />
        <TextArea
          id="vision10Years"
          name="vision10Years"
          label={t("vision10Years")}
          defaultValue={plan.vision10Years}
          error={error("vision10Years")}
          maxLength={4000}
        />
      </fieldset>

      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-std-24B-150">{t("images")}</legend>
        <p className="max-w-3xl">{t("imagesLead")}</p>
        {plan.images.map((image) => {
          const key = `image.${image.targetImageId}`;
          return (
            <div key={image.targetImageId} className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
              <input type="hidden" name="imageId" value={image.targetImageId} />
              <p className="text-std-18B-160">
                {image.number}. {image.name}
              </p>
              <Checkbox id={`${key}.aspired`} name={`${key}.aspired`} label={t("aspired")} defaultChecked={image.aspired} />
              <TextArea id={`${key}.reason`} name={`${key}.reason`} label={t("reason")} rows={2} defaultValue={image.reason} maxLength={1000} />
              <RadioGroup
                name={`${key}.selfScore`}
                legend={`${t("selfScore")}（${t("selfScoreScale")}）`}
                options={scores}
                defaultValue={image.selfScore ? String(image.selfScore) : undefined}
              />
              <TextArea
                id={`${key}.selfComment`}
                name={`${key}.selfComment`}
                label={t("selfComment")}
                rows={2}
                defaultValue={image.selfComment}
                maxLength={1000}
              />
            </div>
          );
        })}
      </fieldset>

      <fieldset className="flex flex-col gap-4 rounded-8 border-2 border-dashed border-yellow-700 p-4">
        <legend className="px-2 text-std-24B-150">{t("transferWishes")}</legend>
        <p className="text-std-16B-170 text-yellow-1200">{t("transferPrivacy")}</p>
        <TextArea
          id="transferWishFields"
          name="transferWishFields"
          label={t("transferWishFields")}
          rows={2}
          defaultValue={plan.transferWishFields}
          error={error("transferWishFields")}
          maxLength={200}
        />
        <TextArea
          id="transferWishComment"
          name="transferWishComment"
          label={t("transferWishComment")}
          defaultValue={plan.transferWishComment}
          error={error("transferWishComment")}
          maxLength={4000}
        />
      </fieldset>

      <div>
        <Button type="submit" disabled={pending} aria-describedby={noticeId}>
          {t("saveContent")}
        </Button>
      </div>
    </form>
  );
}
