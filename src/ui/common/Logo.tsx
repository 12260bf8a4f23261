/** The gotopo mark and name. */
export function Logo() {
  return (
    <span className="flex items-center gap-2 text-lg font-semibold tracking-tight">
      <svg viewBox="0 0 16 16" className="h-5 w-5" aria-hidden="true">
        <path d="M8 3L3 13M8 3l5 10M3 13h10" stroke="var(--color-go)" strokeWidth="1.3" fill="none" />
        <circle cx="8" cy="3" r="2.2" fill="var(--color-go)" />
        <circle cx="3" cy="13" r="2.2" fill="var(--color-go)" />
        <circle cx="13" cy="13" r="2.2" fill="var(--color-go)" />
      </svg>
      gotopo
    </span>
  );
}
