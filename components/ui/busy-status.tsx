/**
 * Work that takes a while (an import, a download being prepared, the fiscal-year rollover): a
 * sentence saying what is happening, with an indeterminate bar. The status region is always
 * there, empty while idle, so that screen readers announce the sentence when it appears (a live
 * region added together with its text is often not read). The bar only decorates the sentence:
 * it holds no figure, so assistive technology is given the words alone. With `busy` false the
 * same region says how it ended ("the download has started"), without the bar.
 */
export function BusyStatus({ message, busy = true, className = "" }: { message: string | null; busy?: boolean; className?: string }) {
  return (
    <div role="status" className={className}>
      {message ? (
        <p className="flex flex-wrap items-center gap-3 text-std-16N-170">
          {busy ? (
            <span className="busy-track" aria-hidden="true">
              <span className="busy-fill" />
            </span>
          ) : null}
          <span>{message}</span>
        </p>
      ) : null}
    </div>
  );
}
