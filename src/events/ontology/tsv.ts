// The data files' tab-separated format: a header line naming the columns, then one record a line.

/** Reads a TSV with the expected header; each record maps column name → cell. `what` names the file in errors. */
export function readTsv(text: string, columns: readonly string[], what: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/);
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const header = lines.shift();
  if (header === undefined) throw new Error(`${what}: empty file`);
  if (header !== columns.join('\t')) {
    throw new Error(`${what}: header is ${JSON.stringify(header)}, expected ${JSON.stringify(columns.join('\t'))}`);
  }
  return lines.map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== columns.length) {
      throw new Error(`${what} line ${i + 2}: ${cells.length} cells, expected ${columns.length}`);
    }
    return Object.fromEntries(columns.map((c, j) => [c, cells[j]]));
  });
}
