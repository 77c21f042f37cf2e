import { messagesLayout } from "@/components/i18n/client-messages";

/** A new team commitment. */
export default messagesLayout("review");
