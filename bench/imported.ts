// Runs one of the older bench scripts (they print JSON lines at import) and
// collects its lines, so npm run bench reports them without copying their logic.
export async function runImported(specifier: string): Promise<Record<string, unknown>[]> {
  const lines: Record<string, unknown>[] = [];
  const log = console.log;
  console.log = (text: unknown) => {
    try {
      lines.push(JSON.parse(String(text)) as Record<string, unknown>);
    } catch {
      log(text);
    }
  };
  try {
    await import(specifier);
  } catch (err) {
    lines.push({ error: `${specifier} failed: ${err instanceof Error ? err.message : String(err)}` });
  } finally {
    console.log = log;
  }
  return lines;
}
