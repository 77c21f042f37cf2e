import { messagesLayout } from "@/components/i18n/client-messages";

/** A new OJT plan. */
export default messagesLayout("ojt");
