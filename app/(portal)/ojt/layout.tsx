import { messagesLayout } from "@/components/i18n/client-messages";

/** An OJT plan: goals per period, sessions. */
export default messagesLayout("ojt");
