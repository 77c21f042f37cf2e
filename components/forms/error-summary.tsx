"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { type MouseEvent, useEffect, useId, useRef } from "react";
import type { FormFeedback } from "./use-form-feedback";
import { localRoute } from "@/lib/platform/local-route";

/**
 * Moves to the control itself (an anchor only scrolls), with its label in view. Rows a person
 * adds and removes (OJT goals) have ids of their own: those are found by the field's name.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string, name: string) {
  const field = document.getElementById(id) ?? document.getElementsByName(name)[0];
  if (!field) return;
  event.preventDefault();
  field.focus({ preventScroll: true });
  (document.querySelector(`label[for="${CSS.escape(field.id)}"]`) ?? field).scrollIntoView({ block: "center" });
}

/**
 * The top of every form (the Digital Agency design system's error summary): after a refused
 * submit, what went wrong, each field's problem a link to that field, focused so that keyboard
 * and screen-reader users start from it; after a success, the confirmation in a status region
 * that is always present, so that it is announced when its text appears, with the queue's next
 * item one click away where the action works through one.
 */
export function ErrorSummary({ feedback, pending = false }: { feedback: FormFeedback; pending?: boolean }) {
  const t = useTranslations("validation");
  const titleId = useId();
  const summary = useRef<HTMLDivElement>(null);
  const { state, errors, formError, confirmation, next } = feedback;
  const failed = !pending && (formError !== undefined || errors.length > 0);
  useEffect(() => {
    // Each answer is a new state: focus the summary after every refused submit.
    if (failed) summary.current?.focus();
  }, [state, failed]);
  return (
    <>
      <div role="status">
        {!pending && confirmation ? (
          <p className="text-std-16B-170 text-green-1000">
            {confirmation}
            {next ? (
              <>
                {" "}
                {/* The action built the path from its queue: localRoute checks what typed routes cannot. */}
                <Link href={localRoute(next.href)} className="font-normal text-blue-1000 underline underline-offset-[0.1875rem]">
                  {next.label}
                </Link>
              </>
            ) : null}
          </p>
        ) : null}
      </div>
      {failed ? (
        <div ref={summary} role="group" tabIndex={-1} aria-labelledby={titleId} className="rounded-8 border-l-8 border-error-1 bg-red-50 px-4 py-3">
          <p id={titleId} className="text-std-16B-170 text-solid-gray-900">
            {formError ?? t("summary")}
          </p>
          {errors.length > 0 ? (
            <ul className="mt-2 list-disc pl-6 text-std-16N-170">
              {errors.map(({ field, id, message }) =>
                id ? (
                  <li key={field}>
                    <a href={`#${id}`} onClick={(event) => focusField(event, id, field)} className="text-blue-1000 underline underline-offset-[0.1875rem]">
                      {message}
                    </a>
                  </li>
                ) : (
                  <li key={field}>{message}</li>
                ),
              )}
            </ul>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
