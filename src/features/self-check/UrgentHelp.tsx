import type { Ref } from 'react';
import CallList from '../hotlines/CallList.tsx';
import type { CallLine } from '../hotlines/to-call-lines.ts';
import type { SelfCheckStrings } from './types.ts';

interface UrgentHelpProps {
  id: string;
  lines: readonly CallLine[];
  quickExit: { url: string; label: string; event: string };
  strings: SelfCheckStrings;
  heading: Ref<HTMLHeadingElement>;
  onContinue: () => void;
}

/**
 * Shown at once when a person answers that they are in danger now: the lines to call first,
 * what to say, a way out of the page, and only then the choice to go on with the check.
 */
export default function UrgentHelp({ id, lines, quickExit, strings, heading, onContinue }: UrgentHelpProps) {
  return (
    <section className="self-check__urgent" aria-labelledby={`${id}-urgent`}>
      <CallList lines={lines} heading={strings.callNowHeading} headingId={`${id}-urgent`} headingRef={heading} />
      <p>{strings.urgentSay}</p>
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
