// A chart's place while its code or map loads: its exact height, so nothing jumps.
/** An empty label draws a silent placeholder: for a layer stacked over another that already says "loading". */
export function Placeholder({ height, label }: { height: number; label: string }) {
  return (
    <div className="chart-placeholder" style={{ height }} role={label ? 'status' : undefined}>
      {label}
    </div>
  );
}
