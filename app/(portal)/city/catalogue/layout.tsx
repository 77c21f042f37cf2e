import { messagesLayout } from "@/components/i18n/client-messages";

/** The catalogue's edit forms. */
export default messagesLayout("forms");
