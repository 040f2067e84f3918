import { useEffect, useRef, useState } from 'react';
import type { AnswerValue } from '../../schemas/self-check.ts';
import type { Answers } from './engine/get-answer.ts';
import { getVisibleQuestions } from './engine/get-visible-questions.ts';
import { getResultText } from './engine/get-result-text.ts';
import { scoreAnswers } from './engine/score-answers.ts';
import type { PageHotline, SelfCheckProps } from './types.ts';
import './self-check.css';

/**
 * One self-check, one question per screen. Answers live only in this component's memory:
 * never in storage, cookies, the URL or history. Before hydration (and without JavaScript)
 * it renders every question as a list with the lines to call.
 */
export default function SelfCheck(props: SelfCheckProps) {
  const { id, rule, questions, strings } = props;
  const [interactive, setInteractive] = useState(false);
  const [answers, setAnswers] = useState<Answers>({});
  const [position, setPosition] = useState(0);
  const [selected, setSelected] = useState<AnswerValue | undefined>();
  const [error, setError] = useState(false);
  // Counts presses of Next without an answer, so a repeated press is announced again.
  const [errorCount, setErrorCount] = useState(0);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const visible = getVisibleQuestions({ questions }, answers);
  const done = position >= visible.length;
  const question = visible[position];

  function clear(): void {
    setAnswers({});
    setPosition(0);
    setSelected(undefined);
    setError(false);
  }

  useEffect(() => {
    setInteractive(true);
    // Quick exit wipes the answers before the page goes away.
    const onExit = () => clear();
    window.addEventListener('shenjat:quick-exit', onExit);
    return () => window.removeEventListener('shenjat:quick-exit', onExit);
  }, []);

  // Move focus to each new question or to the result, but not on first load.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [position, done]);

  function go(to: number): void {
    moved.current = true;
    const target = visible[to];
    setSelected(target ? answers[target.id] : undefined);
    setError(false);
    setStatus('');
    setPosition(to);
  }

  function next(): void {
    if (!question) return;
    if (!selected) {
      setError(true);
      setErrorCount((count) => count + 1);
      return;
    }
    const updated = { ...answers, [question.id]: selected };
    setAnswers(updated);
    moved.current = true;
    const after = getVisibleQuestions({ questions }, updated);
    const target = after[position + 1];
    setSelected(target ? updated[target.id] : undefined);
    setError(false);
    setStatus('');
    setPosition(position + 1);
  }

  function clearAll(): void {
    clear();
    moved.current = true;
    setStatus(strings.cleared);
    heading.current?.focus();
  }

  if (!interactive) return <StaticList {...props} />;

  const controls = (
    <div className="self-check__controls">
      <button type="button" className="button button--secondary" onClick={clearAll}>
        {strings.clear}
      </button>
    </div>
  );

  if (done || !question) {
    const result = scoreAnswers({ rule, questions }, answers);
    const text = props.results[getResultText(result)];
    const byId = new Map(questions.map((q) => [q.id, q]));
    const found = result.elements.filter((element) => element.signs.length > 0);
    // Every result ends with the lines to call; in danger they also come first, before any reading.
    return (
      <section className="self-check__result" data-result-level={result.level} aria-labelledby={`${id}-result`}>
        <p role="status" className="visually-hidden">{status}</p>
        <h2 id={`${id}-result`} ref={heading} tabIndex={-1}>
          {text.title}
        </h2>
        {result.level === 'urgent' && <Contacts hotlines={props.hotlines} heading={strings.callNowHeading} />}
        {found.length > 0 && (
          <>
            <h3>{strings.signsHeading}</h3>
            {found.map((element) => (
              <div key={element.element} className="self-check__element">
                <h4>{props.elementTexts[element.element].title}</h4>
                <p>{props.elementTexts[element.element].why}</p>
                <ul>
                  {element.signs.map((sign) => (
                    <li key={sign.questionId}>{byId.get(sign.questionId)?.sign}</li>
                  ))}
                </ul>
              </div>
            ))}
          </>
        )}
        {result.isChild && rule === 'trafficking' && <p className="notice">{strings.childNote}</p>}
        {result.unsure.length > 0 && (
          <>
            <h3>{strings.unsureHeading}</h3>
            <ul>
              {result.unsure.map((questionId) => (
                <li key={questionId}>{byId.get(questionId)?.text}</li>
              ))}
            </ul>
            <p>{strings.unsureText}</p>
          </>
        )}
        <div className="self-check__body" dangerouslySetInnerHTML={{ __html: text.bodyHtml }} />
        <div className="self-check__controls">
          <button type="button" className="button button--secondary" onClick={() => go(visible.length - 1)}>
            {strings.changeAnswers}
          </button>
        </div>
        {controls}
        <Contacts hotlines={props.hotlines} heading={strings.contactsHeading} />
      </section>
    );
  }

  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  return (
    <section className="self-check__step" aria-labelledby={`${id}-question`}>
      <p className="self-check__progress">
        {strings.progress.replace('{current}', String(position + 1)).replace('{total}', String(visible.length))}
      </p>
      <p role="status" className="visually-hidden">{status}</p>
      <fieldset
        className="self-check__question"
        aria-describedby={[question.help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}
      >
        <legend>
          <h2 id={`${id}-question`} ref={heading} tabIndex={-1}>
            {question.text}
          </h2>
        </legend>
        {question.help && (
          <p id={helpId} className="self-check__help">
            {question.help}
          </p>
        )}
        {/* Always in the page, so screen readers announce the message when it appears. */}
        <div id={errorId} role="alert">
          {error && (
            <p key={errorCount} className="self-check__error">
              {strings.chooseAnswer}
            </p>
          )}
        </div>
        {(['yes', 'no', 'unsure'] as const).map((value) => (
          <label key={value} className="self-check__option">
            <input
              type="radio"
              name={`${id}-${question.id}`}
              value={value}
              checked={selected === value}
              onChange={() => {
                setSelected(value);
                setError(false);
              }}
            />
            <span>{strings[value]}</span>
          </label>
        ))}
      </fieldset>
      <div className="self-check__nav">
        <button type="button" className="button" onClick={next}>
          {position === visible.length - 1 ? strings.seeResult : strings.next}
        </button>
        {position > 0 && (
          <button type="button" className="button button--secondary" onClick={() => go(position - 1)}>
            {strings.back}
          </button>
        )}
      </div>
      {controls}
    </section>
  );
}

/** What the page shows before hydration and without JavaScript: every question, then whom to call. */
function StaticList({ listIntro, questions, hotlines, strings }: SelfCheckProps) {
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
      <Contacts hotlines={hotlines} heading={strings.contactsHeading} />
    </section>
  );
}

/** The lines to call: confirmed ones as one-tap links, others with their status and no link. */
function Contacts({ hotlines, heading }: { hotlines: PageHotline[]; heading: string }) {
  return (
    <div className="self-check__contacts">
      <h3>{heading}</h3>
      <ul>
        {hotlines.map((line) => (
          <li key={line.id}>
            {line.confirmed ? (
              <a href={`tel:${line.tel}`} className="self-check__call">
                <strong>{line.number}</strong> {line.name}
              </a>
            ) : (
              <span className="self-check__call self-check__call--unconfirmed">
                <strong>{line.number}</strong> {line.name}
              </span>
            )}
            {line.meta && <span className="self-check__meta"> {line.meta}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
