// What a failed load shows in its place: what failed, in the reader's language,
// and a Retry that asks again. The rest of the page keeps working.
export function LoadFailed({ message, retryLabel, onRetry, height }: { message: string; retryLabel: string; onRetry: () => void; height?: number }) {
  return (
    <div className="load-failed" role="alert" style={height ? { minHeight: height } : undefined}>
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
