import { messagesLayout } from "@/components/i18n/client-messages";

/** 期末: the rating form of each agreed commitment. */
export default messagesLayout("yearEnd");
