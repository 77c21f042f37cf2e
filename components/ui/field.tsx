import type { ReactNode } from "react";

/**
 * The Digital Agency field pattern for any control: label → required badge → support text →
 * control → error. `children` receives the ids to wire with aria-describedby.
 */
export function Field({
  id,
  label,
  requiredLabel,
  hint,
  error,
  children,
}: {
  id: string;
  label: ReactNode;
  requiredLabel?: string;
  hint?: ReactNode;
  error?: string;
  children: (aria: { id: string; "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const describedBy = [hintId, error ? errorId : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="flex flex-wrap items-center gap-2 text-std-17B-170 text-solid-gray-800">
        {label}
        {requiredLabel ? <span className="rounded-4 bg-red-900 px-2 text-dns-14B-120 leading-6 text-white">{requiredLabel}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-std-16N-170 text-solid-gray-700">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      <p id={errorId} className="text-std-16N-170 text-error-1" aria-live="polite">
        {error ? `＊${error}` : null}
      </p>
    </div>
  );
}

export const controlClass = (error?: string) =>
  `w-full rounded-8 border bg-white px-4 py-3 text-std-16N-170 text-solid-gray-800 hover:border-black ${
    error ? "border-error-1" : "border-solid-gray-600"
  }`;
