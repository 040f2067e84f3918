import { describe, expect, test } from 'vitest';
import { qrSvg } from './qr.ts';

describe('qrSvg', () => {
  test('is an accessible SVG image, labelled, without script or external reference', async () => {
    const svg = await qrSvg('https://shenjat.example/vetekontroll/', 'Kodi QR "për" <kontrollin>');
    expect(svg.startsWith('<svg role="img" aria-label="Kodi QR &quot;për&quot; &lt;kontrollin>"')).toBe(true);
    expect(svg).not.toMatch(/<script|href=|xlink/);
  });

  test('a longer address makes a larger code', async () => {
    const size = (svg: string) => Number(/viewBox="0 0 (\d+) /.exec(svg)?.[1]);
    const short = await qrSvg('https://a.al/', 'x');
    const long = await qrSvg(`https://a.al/${'udhezues/'.repeat(12)}`, 'x');
    expect(size(long)).toBeGreaterThan(size(short));
  });
});
