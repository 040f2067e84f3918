import { useEffect, useReducer, useRef, useState } from 'react';
import CallList from '../hotlines/CallList.tsx';
import { getResultText } from './engine/get-result-text.ts';
import { getVisibleQuestions } from './engine/get-visible-questions.ts';
import { scoreAnswers } from './engine/score-answers.ts';
import QuestionStep from './QuestionStep.tsx';
import ResultView from './ResultView.tsx';
import { createSelfCheckReducer, getScreen, initialState } from './self-check-state.ts';
import StaticList from './StaticList.tsx';
import type { SelfCheckProps } from './types.ts';
import UrgentHelp from './UrgentHelp.tsx';
import './self-check.css';

/**
 * One self-check, one question per screen. Answers live only in this component's memory:
 * never in storage, cookies, the URL or history. Before hydration (and without JavaScript)
 * it renders every question as a list with the lines to call.
 */
export default function SelfCheck(props: SelfCheckProps) {
  const { id, rule, questions, strings } = props;
  const [interactive, setInteractive] = useState(false);
  const [reduce] = useState(() => createSelfCheckReducer(questions));
  const [state, dispatch] = useReducer(reduce, initialState);
  const heading = useRef<HTMLHeadingElement>(null);
  const screen = getScreen(questions, state);

  useEffect(() => {
    setInteractive(true);
    // Quick exit wipes the answers before the page goes away.
    const onExit = () => dispatch({ type: 'clear' });
    window.addEventListener(props.quickExit.event, onExit);
    return () => window.removeEventListener(props.quickExit.event, onExit);
  }, []);

  // Focus follows each new screen (not the first load). The lines for danger are brought to
  // the top of the screen, so the calls are the first thing in view on a small phone.
  useEffect(() => {
    if (!state.moved || !heading.current) return;
    if (screen.kind === 'urgent') heading.current.scrollIntoView({ block: 'start' });
    heading.current.focus({ preventScroll: screen.kind === 'urgent' });
  }, [state.position, screen.kind, state.moved, state.status]);

  if (!interactive) return <StaticList {...props} />;

  const status = <p role="status" className="visually-hidden">{state.status === 'cleared' ? strings.cleared : ''}</p>;
  const clear = (
    <div className="self-check__controls">
      <button type="button" className="button button--secondary" onClick={() => dispatch({ type: 'clear' })}>
        {strings.clear}
      </button>
    </div>
  );

  if (screen.kind === 'urgent') {
    return (
      <div className="self-check__step">
        {status}
        <UrgentHelp id={id} danger={props.danger} quickExit={props.quickExit} strings={strings} heading={heading} onContinue={() => dispatch({ type: 'continue' })} />
        {clear}
      </div>
    );
  }

  if (screen.kind === 'result') {
    const result = scoreAnswers({ rule, questions }, state.answers);
    const last = getVisibleQuestions({ questions }, state.answers).length - 1;
    // Every result ends with the lines to call; in danger they also come first, before any reading.
    return (
      <section className="self-check__result" data-result-level={result.level} aria-labelledby={`${id}-result`}>
        {status}
        <ResultView props={props} result={result} text={props.results[getResultText(result)]} heading={heading} onChangeAnswers={() => dispatch({ type: 'goTo', position: last })} />
        {clear}
        <CallList lines={props.lines} heading={strings.contactsHeading} headingLevel={3} />
      </section>
    );
  }

  return (
    <section className="self-check__step" aria-labelledby={`${id}-question`}>
      {status}
      <QuestionStep
        id={id}
        question={screen.question}
        position={screen.position}
        total={screen.total}
        selected={state.selected}
        errorCount={state.errorCount}
        strings={strings}
        heading={heading}
        onSelect={(value) => dispatch({ type: 'select', value })}
        onNext={() => dispatch({ type: 'next' })}
        onBack={() => dispatch({ type: 'goTo', position: screen.position - 1 })}
      />
      {clear}
    </section>
  );
}
