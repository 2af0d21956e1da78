// What a failed load shows in its place: what failed, in the reader's language,
// and a Retry that asks again. The rest of the page keeps working.
// `inline`: a one-line note (for an extra the page works without, such as the quotes).
export function LoadFailed({
  message,
  retryLabel,
  onRetry,
  height,
  inline,
}: {
  message: string;
  retryLabel: string;
  onRetry: () => void;
  height?: number;
  inline?: boolean;
}) {
  return (
    <div
      className={inline ? 'load-failed inline' : 'load-failed'}
      role="alert"
      style={height ? { minHeight: height } : undefined}
    >
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
