import QRCode from 'qrcode';

/**
 * A QR code as an SVG string, made at build time so a poster needs no network and no
 * script. Error correction M survives a creased or slightly dirty printout; the quiet
 * zone of 4 modules is what scanners expect around the code.
 */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  // The code is an image for people who can see it; the URL printed beside it is its text.
  return svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttribute(label)}" `);
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
