import type { Ref } from 'react';
import type { CallLine } from './to-call-lines.ts';
import './call-list.css';

interface CallListProps {
  lines: readonly CallLine[];
  /** A heading above the list; without one, the text before the list introduces it. */
  heading?: string | undefined;
  headingLevel?: 2 | 3;
  /** Id of the heading, for a section labelled by it. */
  headingId?: string | undefined;
  /** For an island that moves focus to the heading (it then takes focus: tabIndex -1). */
  headingRef?: Ref<HTMLHeadingElement> | undefined;
  /** A modifier class, for a place that sets the lines larger (the poster). */
  className?: string | undefined;
}

/**
 * The lines to call, one per row: a line confirmed to work is a one-tap `tel:` link, any
 * other shows its number with its status and no link. Every list of lines on the site is
 * this one component: rendered to plain HTML on pages and live in the self-check island.
 */
export default function CallList({ lines, heading, headingLevel = 2, headingId, headingRef, className }: CallListProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div className={['call-list', className].filter(Boolean).join(' ')}>
      {heading && (
        <Heading className="call-list__heading" id={headingId} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
          {heading}
        </Heading>
      )}
      <ul className="call-list__lines">
        {lines.map((line) => (
          <li key={line.id}>
            {line.confirmed ? (
              <a className="call-list__call" href={`tel:${line.tel}`}>
                <span className="call-list__number">{line.number}</span> <span className="call-list__name" lang={line.nameLang}>{line.name}</span>
              </a>
            ) : (
              <span className="call-list__call call-list__call--unconfirmed">
                <span className="call-list__number">{line.number}</span> <span className="call-list__name" lang={line.nameLang}>{line.name}</span>
              </span>
            )}
            {line.meta && <span className="call-list__meta">{line.meta}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
