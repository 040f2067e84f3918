/** The worker's address; `dist/sw.js` is written by build/service-worker.ts. */
export const workerPath = '/sw.js';

/**
 * Registers the worker and asks it to store the core of `locale` (worker.js, message
 * `store-core`). Resolves true once the core is stored, false if it could not be (private
 * mode, no space, the connection dropped): the site works online as before.
 */
export async function storeCore(container: ServiceWorkerContainer, locale: string): Promise<boolean> {
  try {
    await container.register(workerPath);
    const { active } = await container.ready;
    if (!active) return false;
    return await new Promise<boolean>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event: MessageEvent<{ type?: string }>) => resolve(event.data.type === 'core-stored');
      active.postMessage({ type: 'store-core', locale }, [channel.port2]);
    });
  } catch {
    return false;
  }
}
