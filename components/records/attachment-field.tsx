"use client";

import { useTranslations } from "next-intl";
import { useFileSizeLimit } from "@/components/forms/use-file-size-limit";
import { Checkbox, FileInput } from "@/components/ui/form-controls";
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES } from "@/lib/records/attachments/attachment-rules";
import { attachmentHref, type AttachmentView } from "@/lib/records/attachments/attachment-view";

/**
 * The certificate of a record form: a file chooser, and for a record that has one, its name
 * and a box to remove it. A file over the size limit is refused here, before the form is sent;
 * the server checks size and type again by the file's content.
 */
export function AttachmentField({ idPrefix, current, error }: { idPrefix: string; current: AttachmentView | null; error?: string }) {
  const t = useTranslations("verifiedRecords.attachment");
  const v = useTranslations("verifiedRecords.validation");
  const size = useFileSizeLimit(MAX_ATTACHMENT_BYTES);
  return (
    <div className="flex flex-col gap-3">
      <FileInput
        id={`${idPrefix}-attachment`}
        name="attachment"
        label={t("label")}
        hint={current ? t("replaceHint") : t("hint")}
        error={size.tooLarge ? v("attachmentTooLarge") : error}
        accept={ATTACHMENT_ACCEPT}
        onChange={size.choose}
      />
      {current ? (
        <>
          <p className="text-std-16N-170">
            {t("current")}
            <a href={attachmentHref(current.id)} download className="break-all underline underline-offset-[0.1875rem]">
              {current.fileName}
            </a>
          </p>
          <Checkbox id={`${idPrefix}-removeAttachment`} name="removeAttachment" label={t("remove")} />
        </>
      ) : null}
    </div>
  );
}
