import type { InputHTMLAttributes } from "react";

/**
 * The Digital Agency field pattern: label → required badge → support text → input → error.
 * The support text and the error are tied to the input with aria-describedby; no placeholder
 * stands in for the label.
 */
export function TextField({
  id,
  label,
  requiredLabel,
  hint,
  error,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; requiredLabel?: string; hint?: string; error?: string }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={id} className="flex items-center gap-2 text-std-17B-170 text-solid-gray-800">
        {label}
        {requiredLabel ? <span className="rounded-4 bg-red-900 px-2 text-dns-14B-120 leading-6 text-white">{requiredLabel}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-std-16N-170 text-solid-gray-700">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        aria-invalid={error ? true : undefined}
        className={`min-h-14 w-full max-w-md rounded-8 border bg-white px-4 py-3 text-std-16N-170 text-solid-gray-800 hover:border-black ${
          error ? "border-error-1" : "border-solid-gray-600"
        }`}
        {...input}
      />
      <p id={errorId} className="text-std-16N-170 text-error-1" aria-live="polite">
        {error ? `＊${error}` : null}
      </p>
    </div>
  );
}
