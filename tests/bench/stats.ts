/** Small statistics for benchmark samples. */

/** The value below which `p` (0..1) of the sorted samples fall, nearest-rank method. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (samples: readonly number[]): number => percentile(samples, 0.5);

/** Right-aligned text table: the first row is the header. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => row[col]?.length ?? 0)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, col) => (col === 0 ? cell.padEnd : cell.padStart).call(cell, widths?.[col] ?? 0))
      .join('  ');
  const [header, ...body] = rows;
  if (!header) return '';
  return [line(header), widths?.map((w) => '-'.repeat(w)).join('  ') ?? '', ...body.map(line)].join(
    '\n',
  );
}

export const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
export const ms = (value: number): string => `${value.toFixed(1)} ms`;
