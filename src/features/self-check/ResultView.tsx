import type { Ref } from 'react';
import CallList from '../hotlines/CallList.tsx';
import type { SelfCheckResult } from './engine/score-answers.ts';
import type { SelfCheckProps } from './types.ts';

interface ResultViewProps {
  props: SelfCheckProps;
  result: SelfCheckResult;
  text: { title: string; bodyHtml: string };
  heading: Ref<HTMLHeadingElement>;
  onChangeAnswers: () => void;
}

/**
 * The result: in danger the lines come first; then each element found with one line on why it
 * counts and the signs behind it, what was answered "Nuk e di", the result text, and always
 * the lines to call at the end.
 */
export default function ResultView({ props, result, text, heading, onChangeAnswers }: ResultViewProps) {
  const { id, rule, questions, strings, elementTexts } = props;
  const byId = new Map(questions.map((question) => [question.id, question]));
  const found = result.elements.filter((element) => element.signs.length > 0);
  return (
    <>
      <h2 id={`${id}-result`} ref={heading} tabIndex={-1}>
        {text.title}
      </h2>
      {result.level === 'urgent' && <CallList lines={props.danger.lines} heading={strings.callNowHeading} headingLevel={3} />}
      {found.length > 0 && (
        <>
          <h3>{strings.signsHeading}</h3>
          {found.map((element) => (
            <div key={element.element} className="self-check__element">
              <h4>{elementTexts[element.element].title}</h4>
              <p>{elementTexts[element.element].why}</p>
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
      <p>
        {strings.afterHelp} <a href={props.afterHelpLink.href}>{props.afterHelpLink.label}</a>
      </p>
      <div className="self-check__controls">
        <button type="button" className="button button--secondary" onClick={onChangeAnswers}>
          {strings.changeAnswers}
        </button>
      </div>
    </>
  );
}
