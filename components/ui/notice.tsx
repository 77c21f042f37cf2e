import type { ReactNode } from "react";

const TONES = {
  info: "border-blue-900 bg-blue-50",
  error: "border-error-1 bg-red-50",
  warning: "border-warning-yellow-1 bg-yellow-50",
} as const;

/** A notification banner. Errors are announced (role="alert"); other notices are not. */
export function Notice({ tone = "info", title, children }: { tone?: keyof typeof TONES; title?: string; children?: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : undefined} className={`mb-6 rounded-8 border-l-8 px-4 py-3 ${TONES[tone]}`}>
      {title ? <p className="text-std-16B-170 text-solid-gray-900">{title}</p> : null}
      {children ? <div className="text-std-16N-170 text-solid-gray-800">{children}</div> : null}
    </div>
  );
}
