import { messagesLayout } from "@/components/i18n/client-messages";

/** Training and qualification records, certificates. */
export default messagesLayout("records");
