import { messagesLayout } from "@/components/i18n/client-messages";

/**
 * The plan read: its forms are buttons (submit, withdraw, send changes) and the year-end rating,
 * which need the shared messages and the rating's. The plan's own forms send theirs below (edit/,
 * commitments/): the plan and commitment namespaces are a large part of a page's weight.
 */
export default messagesLayout("planRead");
