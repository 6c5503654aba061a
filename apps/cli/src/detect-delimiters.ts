const CANDIDATES = [';', ',', '\t'] as const;
export type Delimiter = (typeof CANDIDATES)[number];

/**
 * The delimiters worth trying, most likely first: ordered by how often each occurs,
 * outside quotes, in the first line that has any (the header line, or a title above it).
 * `;` wins ties: French Excel writes it, and commas are decimal separators there.
 */
export function detectDelimiters(text: string): Delimiter[] {
  const counts = new Map<Delimiter, number>(CANDIDATES.map((d) => [d, 0]));
  let quoted = false;
  let any = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if (any) break;
    } else if (!quoted && counts.has(char as Delimiter)) {
      counts.set(char as Delimiter, (counts.get(char as Delimiter) ?? 0) + 1);
      any = true;
    }
  }
  return [...CANDIDATES].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
}
