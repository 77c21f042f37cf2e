import { messagesLayout } from "@/components/i18n/client-messages";

/** The HR division's answers to a session's applications: their own messages, not the programmes'. */
export default messagesLayout("trainingApplications");
