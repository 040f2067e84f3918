import type { Ref } from 'react';
import CallList from '../hotlines/CallList.tsx';
import type { SelfCheckProps, SelfCheckStrings } from './types.ts';

interface UrgentHelpProps {
  id: string;
  danger: SelfCheckProps['danger'];
  quickExit: { url: string; label: string; event: string };
  strings: SelfCheckStrings;
  heading: Ref<HTMLHeadingElement>;
  onContinue: () => void;
}

/**
 * Shown at once when a person answers that they are in danger now: the lines to call first,
 * what to say, a way out of the page, and only then the choice to go on with the check.
 */
export default function UrgentHelp({ id, danger, quickExit, strings, heading, onContinue }: UrgentHelpProps) {
  return (
    <section className="self-check__urgent" aria-labelledby={`${id}-urgent`}>
      <CallList lines={danger.lines} heading={danger.title} headingId={`${id}-urgent`} headingRef={heading} />
      <div className="self-check__body" dangerouslySetInnerHTML={{ __html: danger.bodyHtml }} />
      <div className="self-check__nav">
        <a className="button button--exit" href={quickExit.url} rel="nofollow noreferrer" data-quick-exit>
          {quickExit.label}
        </a>
        <button type="button" className="button button--secondary" onClick={onContinue}>
          {strings.urgentContinue}
        </button>
      </div>
    </section>
  );
}
