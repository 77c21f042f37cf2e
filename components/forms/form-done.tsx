"use client";

import { type ReactNode, useEffect, useRef } from "react";
import { ErrorSummary } from "./error-summary";
import type { FormFeedback } from "./use-form-feedback";

/**
 * What a form that has done its one job gives way to (a new interview recorded, a new OJT plan
 * made): the confirmation and its next item, and the way to what was made. Focused when it
 * appears, as plan review's answer is: the button pressed is gone, and the focus with it.
 */
export function FormDone({ feedback, children }: { feedback: FormFeedback; children?: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <div ref={box} tabIndex={-1} className="flex max-w-3xl flex-col gap-4">
      <ErrorSummary feedback={feedback} />
      {children}
    </div>
  );
}
