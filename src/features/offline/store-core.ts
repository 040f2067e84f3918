/** The worker's address; `dist/sw.js` is written by build/service-worker.ts. */
export const workerPath = '/sw.js';

/**
 * Registers the worker and asks it to store the core of `locale` (worker.js, message
 * `store-core`). Resolves true once the core is stored, false if it could not be (private
 * mode, no space, the connection dropped, an install that failed): the site works online as
 * before.
 */
export async function storeCore(container: ServiceWorkerContainer, locale: string): Promise<boolean> {
  try {
    const registration = await container.register(workerPath);
    const worker = registration.active ?? (await untilActivated(registration.installing ?? registration.waiting));
    return await new Promise<boolean>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event: MessageEvent<{ type?: string }>) => resolve(event.data.type === 'core-stored');
      worker.postMessage({ type: 'store-core', locale }, [channel.port2]);
    });
  } catch {
    return false;
  }
}

/** The worker once it is active; rejects if it never gets there (its install failed). */
function untilActivated(worker: ServiceWorker | null): Promise<ServiceWorker> {
  return new Promise((resolve, reject) => {
    if (!worker) return reject(new Error('no worker'));
    const check = () => {
      if (worker.state === 'activated') resolve(worker);
      else if (worker.state === 'redundant') reject(new Error('install failed'));
    };
    worker.addEventListener('statechange', check);
    check();
  });
}
