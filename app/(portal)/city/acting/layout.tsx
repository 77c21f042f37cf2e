import { messagesLayout } from "@/components/i18n/client-messages";

/** The forms of the year's windows, reminders and acting reviewers. */
export default messagesLayout("cycle");
