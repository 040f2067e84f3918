import LocalizedText from '../../i18n/LocalizedText.tsx';
import type { Locale } from '../../i18n/locales.ts';
import type { Localized } from '../../i18n/localized.ts';
import { getUiLanguage, useTranslations } from '../../i18n/ui.ts';
import { formatDate } from '../../lib/format-date.ts';
import SourceList from './SourceList.tsx';

/** The fields every fact-bearing entry (hotline, service, country) carries about its facts. */
export interface VerifiedFactsProps {
  locale: Locale;
  unverifiedNote?: Localized | undefined;
  lastVerified: string;
  sources: ReadonlyArray<{ url: string; date: string }>;
}

/** The end of a fact card: what is not confirmed, said plainly, then when and against what it was checked. */
export default function VerifiedFacts({ locale, unverifiedNote, lastVerified, sources }: VerifiedFactsProps) {
  const t = useTranslations(locale);
  return (
    <>
      {unverifiedNote && (
        <p className="notice">
          <LocalizedText value={unverifiedNote} locale={locale} />
        </p>
      )}
      <p className="verified-facts small muted">
        {t('hotline.verifiedOn', { date: formatDate(lastVerified, getUiLanguage(locale, 'hotline.verifiedOn')) })}. <SourceList locale={locale} sources={sources} />
      </p>
    </>
  );
}
