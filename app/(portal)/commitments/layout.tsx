import { messagesLayout } from "@/components/i18n/client-messages";

/** Team, bureau and city commitments: their forms and reviews. */
export default messagesLayout("review");
