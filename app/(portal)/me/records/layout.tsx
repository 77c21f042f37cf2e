import { messagesLayout } from "@/components/i18n/client-messages";

/** The year's records: only the delete buttons are forms here (the add and edit forms have pages of their own). */
export default messagesLayout("recordDeletion");
