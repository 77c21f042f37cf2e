import { messagesLayout } from "@/components/i18n/client-messages";

/** Agreed actions the employee accepts into their plan. */
export default messagesLayout("interviews");
