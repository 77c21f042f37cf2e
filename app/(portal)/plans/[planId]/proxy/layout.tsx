import { messagesLayout } from "@/components/i18n/client-messages";

/** 代理入力: the vision form, the commitment form and the submit button. */
export default messagesLayout("proxyEntry");
