import { messagesLayout } from "@/components/i18n/client-messages";

/** The HR division's tool forms. */
export default messagesLayout("rollover");
