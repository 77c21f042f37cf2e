"use client";

import { ErrorMessage } from "@/components/error-message";

/** An unexpected error in a page, inside the portal's header and menu. */
export default function PortalError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorMessage {...props} />;
}
