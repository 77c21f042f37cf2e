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
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
        {requiredLabel ? <span className="field-required">{requiredLabel}</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="lead">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
      <p id={errorId} className="field-error" aria-live="polite">
        {error ? `＊${error}` : null}
      </p>
    </div>
  );
}
