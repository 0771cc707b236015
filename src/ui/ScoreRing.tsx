// A score 0-100 as a ring with the number in it. Decorative: the caller says the score in text beside it.
export function ScoreRing({ score, size = 56 }: { score: number; size?: number }) {
  const r = 24;
  const c = 2 * Math.PI * r;
  const s = Math.max(0, Math.min(100, Math.round(score)));
  return (
    <svg class="score-ring" width={size} height={size} viewBox="0 0 56 56" aria-hidden="true">
      <circle class="track" cx="28" cy="28" r={r} fill="none" stroke-width="6" />
      <circle
        class="value"
        cx="28"
        cy="28"
        r={r}
        fill="none"
        stroke-width="6"
        stroke-linecap="round"
        stroke-dasharray={`${(c * s) / 100} ${c}`}
        transform="rotate(-90 28 28)"
      />
      <text x="28" y="34" text-anchor="middle">
        {s}
      </text>
    </svg>
  );
}
