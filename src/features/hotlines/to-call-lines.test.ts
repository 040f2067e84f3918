import { expect, test } from 'vitest';
import type { Hotline } from '../../schemas/hotline.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { toCallLines } from './to-call-lines.ts';

const sq = useTranslations('sq');

const line = (status: Hotline['status'], cost: Hotline['cost'], available24h: boolean) =>
  ({
    name: { sq: 'Linja Kombëtare për Fëmijët', en: 'National Child Helpline' },
    shortName: { sq: 'Fëmijë', en: 'Children' },
    number: '116 111',
    tel: '116111',
    status,
    cost,
    available24h,
  }) as Hotline;

test.each([
  ['a confirmed free 24/7 line', line('confirmed', 'free', true), 'sq', {}, { name: 'Fëmijë', confirmed: true, meta: `${sq('hotline.costFree')} · ${sq('hotline.always')}` }],
  ['the full name where there is room', line('confirmed', 'unknown', false), 'en', { fullName: true }, { name: 'National Child Helpline', confirmed: true, meta: '' }],
  ['an unconfirmed line says why, never its cost', line('unconfirmed', 'free', true), 'en', {}, { name: 'Children', confirmed: false }],
] as const)('%s', (_name, data, locale, options, expected) => {
  const [shown] = toCallLines([{ id: 'children-helpline', data }], locale, options);
  expect(shown).toMatchObject({ id: 'children-helpline', number: '116 111', tel: '116111', ...expected });
  if (!expected.confirmed) expect(shown?.meta).toBe(useTranslations(locale)('hotlineBar.notConfirmed'));
});

test('a name not translated yet is the Albanian one, marked as Albanian; a translated one is not marked', () => {
  const untranslated = { ...line('confirmed', 'free', true), shortName: { sq: 'Fëmijë' } } as Hotline;
  const [shown] = toCallLines([{ id: 'children-helpline', data: untranslated }], 'en');
  expect(shown).toMatchObject({ name: 'Fëmijë', nameLang: 'sq', number: '116 111' });
  expect(toCallLines([{ id: 'children-helpline', data: line('confirmed', 'free', true) }], 'en')[0]).not.toHaveProperty('nameLang');
});
