// `X.test` is how Go names the test binary of package X.
const testOf = (p: string) => (p.endsWith('.test') ? p.slice(0, -'.test'.length) : null);

/** An import path, one package a line, the way `go mod why -m` prints it. */
export function PackagePath({ packages, label }: { packages: string[]; label: string }) {
  return (
    <ol aria-label={label} className="flex flex-col gap-0.5">
      {packages.map((p, i) => (
        <li key={i} className="flex gap-1.5 font-mono text-[12px] leading-snug">
          {/* The arrow is CSS content, so the item's text is the bare path. */}
          <span aria-hidden="true" className={`w-3 shrink-0 font-mono text-slate-400 ${i === 0 ? '' : "before:content-['↳']"}`} />
          <span className="min-w-0 break-all">
            {p}
            {testOf(p) && <span className="ml-1.5 font-sans text-[11px] text-slate-500 dark:text-slate-400">(the test of {testOf(p)})</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
