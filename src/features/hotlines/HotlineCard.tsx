import LocalizedText from '../../i18n/LocalizedText.tsx';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/ui.ts';
import type { Hotline } from '../../schemas/hotline.ts';
import VerifiedFacts from '../sources/VerifiedFacts.tsx';
import './hotline-card.css';

/** Props of a hotline card: the line's id (its anchor) and its data as written in content. */
export interface HotlineCardProps {
  locale: Locale;
  id: string;
  hotline: Hotline;
  headingLevel?: 2 | 3;
}

/**
 * A fact's name. Pagefind reads `<dt>` and `<dd>` as one run of text ("CostFree" in search
 * excerpts), so a colon that is not shown keeps them apart.
 */
function Term({ children }: { children: string }) {
  return (
    <dt>
      {children}
      <span className="visually-hidden">:</span>
    </dt>
  );
}

/**
 * One line in full: how to call, cost, hours, who answers, what is not confirmed, and sources.
 * Rendered to plain HTML on the site (no JavaScript) and live in the CMS preview.
 */
export default function HotlineCard({ locale, id, hotline: data, headingLevel = 2 }: HotlineCardProps) {
  const t = useTranslations(locale);
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const cost = { free: t('hotline.costFree'), paid: t('hotline.costPaid'), unknown: t('hotline.costUnknown') }[data.cost];
  return (
    <article className="hotline-card" id={id} data-status={data.status}>
      <Heading className="hotline-card__name">
        <LocalizedText value={data.name} locale={locale} />
      </Heading>
      {data.status === 'confirmed' ? (
        <a className="hotline-card__call button" href={`tel:${data.tel}`}>
          {data.number}
        </a>
      ) : (
        <p className="hotline-card__number">
          {data.number} <span className="hotline-card__status">{t('hotline.statusUnconfirmed')}</span>
        </p>
      )}
      <dl className="hotline-card__facts">
        <div>
          <Term>{t('hotline.cost')}</Term>
          <dd>{cost}</dd>
        </div>
        <div>
          <Term>{t('hotline.hours')}</Term>
          <dd>
            <LocalizedText value={data.hours} locale={locale} />
          </dd>
        </div>
        <div>
          <Term>{t('hotline.audience')}</Term>
          <dd>
            <LocalizedText value={data.audience} locale={locale} />
          </dd>
        </div>
        {data.answeredBy && (
          <div>
            <Term>{t('hotline.answeredBy')}</Term>
            <dd>
              <LocalizedText value={data.answeredBy} locale={locale} />
            </dd>
          </div>
        )}
      </dl>
      <VerifiedFacts locale={locale} unverifiedNote={data.unverifiedNote} lastVerified={data.lastVerified} sources={data.sources} />
    </article>
  );
}
