import { describe, expect, test } from 'vitest';
import { storeCore, workerPath } from './store-core.ts';

/** A worker that goes through `states` and answers a store-core message with `reply`. */
function fakeWorker(states: ServiceWorkerState[], reply: 'core-stored' | 'core-failed') {
  const listeners: Array<() => void> = [];
  const worker = {
    state: states[0],
    addEventListener: (_: string, listener: () => void) => listeners.push(listener),
    postMessage: (message: { type: string; locale: string }, [port]: MessagePort[]) => {
      worker.received = message;
      port!.postMessage({ type: reply, locale: message.locale });
    },
    received: undefined as unknown,
  };
  // The browser moves the worker on after registration, one state at a time.
  setTimeout(async () => {
    for (const state of states.slice(1)) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      worker.state = state;
      for (const listener of listeners) listener();
    }
  });
  return worker;
}

function fakeContainer(registration: { active?: unknown; installing?: unknown; waiting?: unknown } | Error) {
  const registered: string[] = [];
  const container = {
    register: async (path: string) => {
      registered.push(path);
      if (registration instanceof Error) throw registration;
      return { active: null, installing: null, waiting: null, ...registration };
    },
  } as unknown as ServiceWorkerContainer;
  return { container, registered };
}

describe('storeCore', () => {
  test('a first visit: registers the worker, waits until it is active, asks for the page language and hears it is stored', async () => {
    const worker = fakeWorker(['installing', 'installed', 'activating', 'activated'], 'core-stored');
    const { container, registered } = fakeContainer({ installing: worker });
    expect(await storeCore(container, 'en')).toBe(true);
    expect(registered).toEqual([workerPath]);
    expect(worker.received).toEqual({ type: 'store-core', locale: 'en' });
  });

  test('a returning visit asks the active worker at once', async () => {
    const worker = fakeWorker(['activated'], 'core-stored');
    expect(await storeCore(fakeContainer({ active: worker }).container, 'sq')).toBe(true);
  });

  test('an install that fails, a store that fails or a refused registration is a plain "no"', async () => {
    expect(await storeCore(fakeContainer({ installing: fakeWorker(['installing', 'redundant'], 'core-stored') }).container, 'sq')).toBe(false);
    expect(await storeCore(fakeContainer({ active: fakeWorker(['activated'], 'core-failed') }).container, 'sq')).toBe(false);
    expect(await storeCore(fakeContainer(new Error('SecurityError')).container, 'sq')).toBe(false);
  });
});
