import { describe, expect, test } from 'vitest';
import type { ResultLevel, ResultText } from '../../../schemas/self-check.ts';
import { getResultText } from './get-result-text.ts';

describe('getResultText', () => {
  test.each<[ResultLevel, string[], ResultText]>([
    ['urgent', [], 'urgent'],
    ['urgent', ['a'], 'urgent'],
    ['strong', [], 'strong'],
    ['strong', ['a'], 'strong'],
    ['some', [], 'some'],
    ['some', ['a', 'b'], 'some'],
    ['none', [], 'none'],
    ['none', ['a'], 'noneUnsure'],
    ['none', ['a', 'b'], 'noneUnsure'],
  ])('level %s with unsure %j shows the %s text', (level, unsure, expected) => {
    expect(getResultText({ level, unsure })).toBe(expected);
  });
});
