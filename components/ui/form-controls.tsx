import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { Field } from "./field";

interface Labelled {
  id: string;
  label: ReactNode;
  requiredLabel?: string;
  hint?: ReactNode;
  error?: string;
}

export function TextArea({ id, label, requiredLabel, hint, error, rows = 4, ...rest }: Labelled & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field id={id} label={label} requiredLabel={requiredLabel} hint={hint} error={error}>
      {(aria) => <textarea {...aria} rows={rows} className={`control max-w-3xl`} {...rest} />}
    </Field>
  );
}

export function Input({ id, label, requiredLabel, hint, error, className = "max-w-md", ...rest }: Labelled & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id} label={label} requiredLabel={requiredLabel} hint={hint} error={error}>
      {(aria) => <input {...aria} className={`control min-h-14 ${className}`} {...rest} />}
    </Field>
  );
}

/**
 * A file chooser in the same field pattern as the other controls, its browser button styled as a
 * secondary button so it reads as the thing to press (unstyled, it was plain text on the page).
 */
export function FileInput({ id, label, requiredLabel, hint, error, ...rest }: Labelled & Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  return (
    <Field id={id} label={label} requiredLabel={requiredLabel} hint={hint} error={error}>
      {(aria) => (
        <input
          {...aria}
          type="file"
          className="max-w-xl text-std-16N-170 text-solid-gray-800 file:mr-4 file:min-h-11 file:cursor-pointer file:rounded-8 file:border file:border-solid file:border-blue-900 file:bg-white file:px-4 file:text-std-16B-170 file:text-blue-900 hover:file:bg-blue-200"
          {...rest}
        />
      )}
    </Field>
  );
}

type Option = { value: string; label: string };

export function Select({
  id,
  label,
  requiredLabel,
  hint,
  error,
  options,
  groups = [],
  placeholder,
  ...rest
}: Labelled &
  SelectHTMLAttributes<HTMLSelectElement> & {
    options: Option[];
    /** options under headings (<optgroup>), after the plain ones */
    groups?: { label: string; options: Option[] }[];
    placeholder?: string;
  }) {
  const list = (items: Option[]) =>
    items.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    ));
  return (
    <Field id={id} label={label} requiredLabel={requiredLabel} hint={hint} error={error}>
      {(aria) => (
        <select {...aria} className={`control min-h-14 max-w-xl`} {...rest}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {list(options)}
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {list(group.options)}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Checkbox({ id, label, ...rest }: { id: string; label: ReactNode } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label htmlFor={id} className="check">
      <input id={id} type="checkbox" {...rest} />
      {label}
    </label>
  );
}

/** A set of radio buttons in a fieldset whose legend names the question; its first button has the group's name as its id, for an error summary's link. */
export function RadioGroup({
  name,
  legend,
  options,
  defaultValue,
  error,
}: {
  name: string;
  legend: ReactNode;
  options: { value: string; label: string }[];
  defaultValue?: string;
  error?: string;
}) {
  const errorId = `${name}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="field">
      <legend className="field-label mb-2">{legend}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {options.map((option, index) => (
          <label key={option.value} className="choice">
            <input id={index === 0 ? name : undefined} type="radio" name={name} value={option.value} defaultChecked={defaultValue === option.value} />
            {option.label}
          </label>
        ))}
      </div>
      <p id={errorId} className="field-error" aria-live="polite">
        {error ? `＊${error}` : null}
      </p>
    </fieldset>
  );
}
