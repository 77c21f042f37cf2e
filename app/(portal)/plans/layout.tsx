import { messagesLayout } from "@/components/i18n/client-messages";

/** The reviewer's forms: review, comments, commitments. */
export default messagesLayout("review");
