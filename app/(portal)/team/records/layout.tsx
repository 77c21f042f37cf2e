import { messagesLayout } from "@/components/i18n/client-messages";

/** Records waiting for the supervisor's confirmation. */
export default messagesLayout("verifyRecords");
