import { getTranslations } from "next-intl/server";
import { isAttachmentType } from "@/lib/records/attachments/attachment-rules";
import { attachmentHref, type AttachmentView } from "@/lib/records/attachments/attachment-view";

/**
 * A record's certificate as a download link (the server sends it as an attachment, never shown
 * inside the portal's pages), with its size and type for the reader to judge before opening.
 */
export async function AttachmentLink({ attachment }: { attachment: AttachmentView | null }) {
  const t = await getTranslations("verifiedRecords.attachment");
  if (!attachment) return <>{t("none")}</>;
  const kilobytes = Math.max(1, Math.round(attachment.byteSize / 1024));
  const type = isAttachmentType(attachment.contentType) ? t(`types.${attachment.contentType}`) : attachment.contentType;
  return (
    <a href={attachmentHref(attachment.id)} download className="break-all underline underline-offset-[0.1875rem]">
      {t("link", { name: attachment.fileName })}
      <span className="text-dns-14N-130">{t("linkTarget", { size: t("size", { kilobytes }), type })}</span>
    </a>
  );
}
