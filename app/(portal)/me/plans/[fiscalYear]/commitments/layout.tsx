import { messagesLayout } from "@/components/i18n/client-messages";

/** The plan's forms: content, commitments, progress, reflection. */
export default messagesLayout("ownPlan");
