import { expect, test } from 'vitest';
import { moveStylesToHead } from './styles-to-head.ts';

test.each([
  ['a style in the body moves to the end of the head', '<html><head><title>x</title></head><body><div><style>a{}</style><p>x</p></div></body></html>', '<html><head><title>x</title><style>a{}</style></head><body><div><p>x</p></div></body></html>'],
  ['several keep their order', '<head></head><body><style>a{}</style><i></i><style media="print">b{}</style></body>', '<head><style>a{}</style><style media="print">b{}</style></head><body><i></i></body>'],
  ['the head’s own styles stay where they are', '<head><style>h{}</style></head><body><p>x</p></body>', '<head><style>h{}</style></head><body><p>x</p></body>'],
  ['a page without a body is left alone', '<p>fragment<style>a{}</style></p>', '<p>fragment<style>a{}</style></p>'],
])('%s', (_name, html, expected) => {
  expect(moveStylesToHead(html)).toBe(expected);
});
