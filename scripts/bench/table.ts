type Cell = string | number;

const formatCell = (cell: Cell) =>
  typeof cell === 'number' ? (Number.isInteger(cell) ? cell.toLocaleString('en-GB') : cell.toFixed(1)) : cell;

/** A plain-text table: numbers right-aligned, one decimal for fractions. */
export function formatTable(title: string, header: string[], rows: Cell[][]): string {
  const cells = [header, ...rows.map((row) => row.map(formatCell))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const numeric = header.map((_, column) => rows.every((row) => typeof row[column] === 'number'));
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        numeric[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [`\n${title}`, line(header), rule, ...cells.slice(1).map(line)].join('\n');
}

/** Rows of any shape (e.g. the builder benchmark's) as a table, columns in first-seen key order. */
export function formatRecords(title: string, records: Record<string, unknown>[]): string {
  const header = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const rows = records.map((record) =>
    header.map((key) => {
      const value = record[key];
      return typeof value === 'number' ? value : String(value ?? '');
    }),
  );
  return formatTable(title, header, rows);
}
