"use client";

import { type ChangeEvent, useState } from "react";

/**
 * Refuses a chosen file larger than the form takes in the browser, before anything is sent: the
 * chooser is emptied (so the form cannot post it) and `tooLarge` tells the field to say why. The
 * server checks again; this spares the person uploading megabytes only to be refused, and keeps a
 * file past the request limit (lib/platform/server/request-body-limit.ts), which Next.js would answer
 * with its error page, from being sent at all. `choose` answers the file kept, or null.
 */
export function useFileSizeLimit(maxBytes: number) {
  const [tooLarge, setTooLarge] = useState(false);
  const choose = (event: ChangeEvent<HTMLInputElement>): File | null => {
    const input = event.currentTarget;
    const file = input.files?.[0] ?? null;
    const refused = file !== null && file.size > maxBytes;
    if (refused) input.value = "";
    setTooLarge(refused);
    return refused ? null : file;
  };
  return { tooLarge, choose };
}
