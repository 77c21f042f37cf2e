import { messagesLayout } from "@/components/i18n/client-messages";

/** 期末: the reviewer's comment form on each rated commitment. */
export default messagesLayout("yearEnd");
