import { messagesLayout } from "@/components/i18n/client-messages";

/** Applying for training and reporting on it. */
export default messagesLayout("trainingApplications");
