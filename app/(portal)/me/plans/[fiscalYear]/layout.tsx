import { messagesLayout } from "@/components/i18n/client-messages";

/**
 * The plan read: its forms are buttons (submit, withdraw, send changes), which need the shared
 * messages only. The plan's own forms send theirs below (edit/, commitments/, year-end/): the
 * plan and commitment namespaces are a large part of a page's weight.
 */
export default messagesLayout("planRead");
