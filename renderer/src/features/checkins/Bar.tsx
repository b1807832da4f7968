/** A decorative bar (the number is always in the text beside it); SVG so no inline styles. */
export function Bar({ value, max }: { value: number; max: number }) {
  const width = max > 0 ? Math.max(0, Math.min(100, (value / max) * 100)) : 0;
  return (
    <svg className="ck-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
      <rect className="ck-bar__track" x="0" y="0" width="100" height="8" rx="4" />
      <rect className="ck-bar__fill" x="0" y="0" width={width.toFixed(1)} height="8" rx="4" />
    </svg>
  );
}
