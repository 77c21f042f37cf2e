"use client";

import { ErrorMessage } from "@/components/error-message";

/**
 * An unexpected error above the pages: in the portal's own layout, which reads the signed-in
 * person from the database (the database unreachable, say). Without this, Next.js's English
 * default page would answer.
 */
export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16">
      <ErrorMessage {...props} />
    </main>
  );
}
