import type { Hotline } from '../../schemas/hotline.ts';

/**
 * The short line under a hotline's number: "Free · 24/7". Says only what content confirms.
 * @example hotlineMeta({ cost: 'free', available24h: true }, { free: 'Falas', always: '24/7' }) // 'Falas · 24/7'
 */
export function hotlineMeta(line: Pick<Hotline, 'cost' | 'available24h'>, labels: { free: string; always: string }): string {
  return [line.cost === 'free' ? labels.free : '', line.available24h ? labels.always : ''].filter(Boolean).join(' · ');
}
