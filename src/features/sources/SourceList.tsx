import { Fragment } from 'react';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { hostOf } from '../../lib/host-of.ts';

/** "Source: site.org (2023), other.org (Jul 2024)" — links that send no referrer. */
export default function SourceList({ locale, sources }: { locale: Locale; sources: ReadonlyArray<{ url: string; date: string }> }) {
  const t = useTranslations(locale);
  return (
    <>
      {t('hotline.source')}:{' '}
      {sources.map((source, index) => (
        <Fragment key={`${source.url}-${index}`}>
          {index > 0 && ', '}
          <a href={source.url} rel="noreferrer">
            {hostOf(source.url)}
          </a>{' '}
          ({source.date})
        </Fragment>
      ))}
    </>
  );
}
