import type { Ref } from 'react';
import type { AnswerValue } from '../../schemas/self-check.ts';
import type { PageQuestion, SelfCheckStrings } from './types.ts';

interface QuestionStepProps {
  id: string;
  question: PageQuestion;
  /** 0-based position among the visible questions, and how many are visible now. */
  position: number;
  total: number;
  selected: AnswerValue | undefined;
  /** Presses of Next without an answer; each one is announced again. */
  errorCount: number;
  strings: SelfCheckStrings;
  heading: Ref<HTMLHeadingElement>;
  onSelect: (value: AnswerValue) => void;
  onNext: () => void;
  onBack: () => void;
}

/** One question on its own screen: Po / Jo / Nuk e di, Next, and Back after the first. */
export default function QuestionStep({ id, question, position, total, selected, errorCount, strings, heading, onSelect, onNext, onBack }: QuestionStepProps) {
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const error = errorCount > 0;
  return (
    <>
      <p className="self-check__progress">{strings.progress.replace('{current}', String(position + 1)).replace('{total}', String(total))}</p>
      <fieldset className="self-check__question" aria-describedby={[question.help ? helpId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined}>
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
            <input type="radio" name={`${id}-${question.id}`} value={value} checked={selected === value} onChange={() => onSelect(value)} />
            <span>{strings[value]}</span>
          </label>
        ))}
      </fieldset>
      <div className="self-check__nav">
        <button type="button" className="button" onClick={onNext}>
          {position === total - 1 ? strings.seeResult : strings.next}
        </button>
        {position > 0 && (
          <button type="button" className="button button--secondary" onClick={onBack}>
            {strings.back}
          </button>
        )}
      </div>
    </>
  );
}
