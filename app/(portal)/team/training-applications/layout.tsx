import { messagesLayout } from "@/components/i18n/client-messages";

/** The supervisor's recommendations of training applications. */
export default messagesLayout("trainingApplications");
