import { describe, expect, it } from 'vitest';
import { lightTheme } from 'naive-ui';
import { themeOverrides } from './theme-overrides';

// Toasts come and go within seconds, so the browser tests' page-wide accessibility reading
// leaves them out (caught mid-fade, their text is translucent); their settled colours are
// judged here, from the theme the portal really gives Naive.
function luminance(color: string): number {
  const hex = color.length === 4 ? `#${[...color.slice(1)].map((c) => c + c).join('')}` : color;
  const rgb = hex.startsWith('#')
    ? [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
    : (/^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*1(?:\.0+)?)?\)$/.exec(color) ?? []).slice(1, 4).map(Number);
  if (rgb.length !== 3 || rgb.some((c) => Number.isNaN(c))) throw new Error(`unreadable colour ${color}`);
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the portal theme', () => {
  const common = { ...lightTheme.common, ...themeOverrides.common };
  const message = { ...lightTheme.Message.self!(common), ...themeOverrides.Message };

  it('reads contrast as WCAG does (black on white 21:1, white on white 1:1), and no translucent colour', () => {
    expect(contrast('#000000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('rgb(255, 255, 255)', '#ffffff')).toBe(1);
    expect(() => contrast('rgba(0, 0, 0, 0.5)', '#fff')).toThrow(/unreadable/);
  });

  it.each(['', 'Info', 'Success', 'Error', 'Warning', 'Loading'])('gives every message%s its text at 4.5:1 at least on its background', (kind) => {
    const text = message[`textColor${kind}` as keyof typeof message] as string;
    const background = message[`color${kind}` as keyof typeof message] as string;
    expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
  });
});
