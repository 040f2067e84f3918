import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { formatDate } from '../../lib/format-date.ts';
import SourceList from './SourceList.tsx';

/** The fields every fact-bearing entry (hotline, service, country) carries about its facts. */
export interface VerifiedFactsProps {
  locale: Locale;
  unverifiedNote?: Record<Locale, string> | undefined;
  lastVerified: string;
  sources: ReadonlyArray<{ url: string; date: string }>;
}

/** The end of a fact card: what is not confirmed, said plainly, then when and against what it was checked. */
export default function VerifiedFacts({ locale, unverifiedNote, lastVerified, sources }: VerifiedFactsProps) {
  const t = useTranslations(locale);
  return (
    <>
      {unverifiedNote && <p className="notice">{unverifiedNote[locale]}</p>}
      <p className="verified-facts small muted">
        {t('hotline.verifiedOn', { date: formatDate(lastVerified, locale) })}. <SourceList locale={locale} sources={sources} />
      </p>
    </>
  );
}
