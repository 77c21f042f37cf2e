import { messagesLayout } from "@/components/i18n/client-messages";

/** The handover note form. */
export default messagesLayout("forms");
