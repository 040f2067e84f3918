import HotlineCard from '../../features/hotlines/HotlineCard.tsx';
import ServiceCard from '../../features/services/ServiceCard.tsx';
import SelfCheck from '../../features/self-check/SelfCheck.tsx';
import { getSelfCheckLanguage } from '../../features/self-check/get-self-check-language.ts';
import { toSelfCheckProps } from '../../features/self-check/to-self-check-props.ts';
import { localeNames, locales, type Locale } from '../../i18n/locales.ts';
import { pickText } from '../../i18n/localized.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { formatDate } from '../../lib/format-date.ts';
import { markdownToHtml } from '../../lib/markdown.ts';
import type { Hotline } from '../../schemas/hotline.ts';
import type { SelfCheck as SelfCheckData } from '../../schemas/self-check.ts';
import type { Service } from '../../schemas/service.ts';
import type { PreviewData } from './preview-data.ts';

/**
 * Previews of entries, drawn with the components the site's pages use. Data entries hold
 * both languages, so their previews show each language in turn.
 */

function EachLanguage({ render }: { render: (locale: Locale) => React.ReactNode }) {
  return locales.map((locale) => (
    <section key={locale} lang={locale} className="cms-preview__language">
      <p className="cms-preview__language-name">{localeNames[locale]}</p>
      {render(locale)}
    </section>
  ));
}

/** A hotline as the help page shows it. */
export function HotlinePreview({ hotline }: { hotline: Hotline }) {
  return <EachLanguage render={(locale) => <HotlineCard locale={locale} id="preview" hotline={hotline} />} />;
}

/** A service as the services page shows it, with the lines it can be reached through. */
export function ServicePreview({ service, data }: { service: Service; data: PreviewData }) {
  const referVia = (service.referVia ?? []).flatMap((id) => data.hotlines.filter((line) => line.id === id));
  return <EachLanguage render={(locale) => <ServiceCard locale={locale} id="preview" service={service} referVia={referVia} />} />;
}

/**
 * A self-check as its page runs it: the real island, with the site's primary hotlines. As on
 * the site, a language the check is not wholly translated into shows the Albanian check.
 */
export function SelfCheckPreview({ check, data }: { check: SelfCheckData; data: PreviewData }) {
  const linesOf = (ids: readonly string[]) => ids.flatMap((id) => data.hotlines.filter((line) => line.id === id));
  const lines = { all: linesOf(data.primaryContacts), danger: linesOf(check.danger.hotlines) };
  return (
    <EachLanguage
      render={(locale) => {
        const language = getSelfCheckLanguage(check, locale);
        return (
          <div lang={language === locale ? undefined : language}>
            <h1>{pickText(check.title, language).text}</h1>
            <div className="self-check__intro" dangerouslySetInnerHTML={{ __html: markdownToHtml(pickText(check.intro, language).text) }} />
            <div className="self-check">
              <SelfCheck {...toSelfCheckProps(`preview-${locale}`, check, language, lines, { url: pickText(data.quickExitUrl, locale).text, event: data.quickExitEvent })} />
            </div>
          </div>
        );
      }}
    />
  );
}

/** An article, story, guide or page as its page shows it (in Albanian, the language being edited). */
export function ArticlePreview({ article, locale = 'sq' }: { article: Record<string, unknown>; locale?: Locale }) {
  const t = useTranslations(locale);
  const text = (key: string) => (typeof article[key] === 'string' ? article[key] : undefined);
  const [updated, published, lead] = [text('updated'), text('published'), text('summary') ?? text('description')];
  const date = updated ? t('entry.updated', { date: formatDate(updated, locale) }) : published ? t('entry.published', { date: formatDate(published, locale) }) : undefined;
  return (
    <article>
      <h1>{text('title')}</h1>
      {lead && <p className="lead">{lead}</p>}
      {date && <p className="muted small">{date}</p>}
      <div dangerouslySetInnerHTML={{ __html: markdownToHtml(text('body') ?? '') }} />
    </article>
  );
}
