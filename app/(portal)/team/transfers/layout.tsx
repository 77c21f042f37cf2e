import { messagesLayout } from "@/components/i18n/client-messages";

/** Handover notes of transfers. */
export default messagesLayout("transfers");
