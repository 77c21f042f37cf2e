"use client";

import { type FormEvent, startTransition, useActionState } from "react";

/**
 * useActionState without React's automatic form reset. React resets a form after its action
 * runs: after a refusal, what the person typed would vanish, and a controlled <select> (the
 * measure in MeasureSelect) would show blank while its state keeps the old choice. Submitting
 * from onSubmit keeps what is on screen; `action` stays on the form so it still posts without
 * script. The clicked button's name and value travel with the data (approve / return).
 */
export function useFormAction<State>(action: (previous: Awaited<State>, formData: FormData) => Promise<State>, initial: Awaited<State>) {
  const [state, formAction, pending] = useActionState(action, initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A submit event names the clicked button; narrowed by shape so no browser global is assumed.
    const native = event.nativeEvent;
    const submitter = "submitter" in native && native.submitter instanceof HTMLElement ? native.submitter : null;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(formData));
  };
  return { state, pending, formProps: { action: formAction, onSubmit, noValidate: true } };
}
