import { messagesLayout } from "@/components/i18n/client-messages";

/** An interview record: notes, agreed actions. */
export default messagesLayout("interviews");
