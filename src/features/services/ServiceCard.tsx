import { Fragment } from 'react';
import type { Locale } from '../../i18n/locales.ts';
import { getAnchorPath } from '../../i18n/routes.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { hostOf } from '../../lib/host-of.ts';
import type { Hotline } from '../../schemas/hotline.ts';
import type { Service } from '../../schemas/service.ts';
import LocalizedText from '../../i18n/LocalizedText.tsx';
import VerifiedFacts from '../sources/VerifiedFacts.tsx';
import './service-card.css';

/** Props of a service card. */
export interface ServiceCardProps {
  locale: Locale;
  id: string;
  service: Service;
  /** Hotlines named in `referVia`, already looked up. */
  referVia: ReadonlyArray<{ id: string; data: Hotline }>;
}


/**
 * One service: what it does, for whom, how to reach it. A service with no confirmed phone
 * of its own shows the lines that can reach it, so every card offers a working call.
 */
export default function ServiceCard({ locale, id, service: data, referVia }: ServiceCardProps) {
  const t = useTranslations(locale);
  return (
    <article className="service-card" id={id} data-kinds={data.kinds.join(' ')}>
      <h3>
        <LocalizedText value={data.name} locale={locale} />
      </h3>
      <ul className="service-card__kinds" aria-label={t('services.kindsLabel')}>
        {data.kinds.map((kind) => (
          <li key={kind}>{t(`serviceKind.${kind}`)}</li>
        ))}
      </ul>
      {data.city && <p className="muted small">{data.city}</p>}
      <p>
        <LocalizedText value={data.description} locale={locale} />
      </p>
      {data.about && (
        <p className="service-card__about">
          <a href={getAnchorPath(data.about, locale)}>{t(`serviceAbout.${data.about}`)}</a>
        </p>
      )}
      <p>
        <strong>{t('services.serves')}:</strong> <LocalizedText value={data.serves} locale={locale} />
      </p>
      {data.hours && (
        <p>
          <strong>{t('hotline.hours')}:</strong> <LocalizedText value={data.hours} locale={locale} />
        </p>
      )}
      {data.contacts.length > 0 && (
        <ul className="service-card__contacts">
          {data.contacts.map((contact, index) => (
            <li key={index}>
              {contact.kind === 'phone' && <a href={`tel:${contact.tel}`}>{contact.display}</a>}
              {contact.kind === 'email' && <a href={`mailto:${contact.address}`}>{contact.address}</a>}
              {contact.kind === 'web' && (
                <a href={contact.url} rel="noreferrer">
                  {hostOf(contact.url)}
                </a>
              )}
            </li>
          ))}
        </ul>
      )}
      {referVia.length > 0 && (
        <p>
          {t('services.referVia')}{' '}
          {referVia.map((line, index) => (
            <Fragment key={line.id}>
              {index > 0 && ', '}
              <a href={`tel:${line.data.tel}`}>
                {line.data.number} (<LocalizedText value={line.data.shortName} locale={locale} />)
              </a>
            </Fragment>
          ))}
        </p>
      )}
      <VerifiedFacts locale={locale} unverifiedNote={data.unverifiedNote} lastVerified={data.lastVerified} sources={data.sources} />
    </article>
  );
}
