const MAX_LENGTH = 60;

/**
 * A cell's raw value as a user would recognise it in a message, shortened. Never
 * throws, whatever the value (objects without prototype, symbols, bigints…).
 */
export function showCell(value: unknown): string {
  let text: string;
  try {
    if (typeof value === 'string') text = value;
    else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
    else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || typeof value === 'symbol') text = String(value);
    else if (value === undefined) text = '';
    else text = JSON.stringify(value) ?? Object.prototype.toString.call(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
