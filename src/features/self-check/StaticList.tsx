import CallList from '../hotlines/CallList.tsx';
import type { SelfCheckProps } from './types.ts';

/** What the page shows before hydration and without JavaScript: every question, then whom to call. */
export default function StaticList({ listIntro, questions, lines, strings }: SelfCheckProps) {
  return (
    <section className="self-check__static">
      <h2>{strings.listHeading}</h2>
      <p>{listIntro}</p>
      <ul className="self-check__list">
        {questions
          .filter((question) => question.kind === 'indicator')
          .map((question) => (
            <li key={question.id}>
              {question.text}
              {question.help && <span className="self-check__help"> {question.help}</span>}
            </li>
          ))}
      </ul>
      <CallList lines={lines} heading={strings.contactsHeading} headingLevel={3} />
    </section>
  );
}
