import { messagesLayout } from "@/components/i18n/client-messages";

/** The sign-in form. */
export default messagesLayout("signIn");
