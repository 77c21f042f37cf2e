import { messagesLayout } from "@/components/i18n/client-messages";

/** Adding and editing a training or qualification record (`training/new`, `qualifications/<id>/edit`…): the forms, their certificate field. */
export default messagesLayout("records");
