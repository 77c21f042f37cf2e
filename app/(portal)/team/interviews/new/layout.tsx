import { messagesLayout } from "@/components/i18n/client-messages";

/** A new career interview. */
export default messagesLayout("interviews");
