import { Component, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { z } from 'astro/zod';

/**
 * The prebuilt Decap CMS brings its own copy of React and renders preview templates with it.
 * A preview here is a component of the site's React (the same cards the pages render), so
 * the template Decap sees is a small class of Decap's React that mounts a root of ours into
 * the preview frame and re-renders it whenever the entry changes. Hooks and islands then
 * work as on the site.
 */

/** What Decap passes a preview template (the part used here). */
export interface DecapPreviewProps {
  entry: { get(key: 'data'): { toJS(): unknown } | undefined };
}

/** Decap's own React helpers, which `decap-cms.js` puts on `window`. */
export interface DecapReact {
  createClass(spec: object): unknown;
  h(type: string, props: object): unknown;
}

interface Bridge {
  props: DecapPreviewProps;
  node: HTMLElement | null;
  root: Root | undefined;
  paint(): void;
}

/** Shows a short note instead of a preview that cannot render yet (a date still being typed…). */
class Fallback extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <p className="notice">Parapamja do të shfaqet kur fushat të jenë plotësuar.</p> : this.props.children;
  }
}

/** The preview: what the schema still refuses (the build would too), then the page's rendering. */
function Preview<T>({ data, schema, render }: { data: unknown; schema: z.ZodType<T>; render: (value: T) => ReactNode }) {
  const result = schema.safeParse(data);
  return (
    <main className="cms-preview">
      {!result.success && (
        <div className="notice cms-preview__problems">
          <p>
            <strong>Para publikimit duhen rregulluar:</strong>
          </p>
          <ul>
            {result.error.issues.map((issue, index) => (
              <li key={index}>
                <code>{issue.path.join('.') || '—'}</code>: {issue.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* A new key on every change lets the fallback try again. */}
      <Fallback key={JSON.stringify(data)}>{render(result.success ? result.data : (data as T))}</Fallback>
    </main>
  );
}

/**
 * A Decap preview template that renders `render(entry data)` with the site's React.
 * @example CMS.registerPreviewTemplate('hotlines', toDecapPreview(decap, hotlineSchema, (hotline) => <HotlinePreview hotline={hotline} />))
 */
export function toDecapPreview<T>(decap: DecapReact, schema: z.ZodType<T>, render: (value: T) => ReactNode): unknown {
  const spec: ThisType<Bridge> & Record<string, unknown> = {
    componentDidMount() {
      // An entry being typed often cannot render yet; the fallback says so, so the error is not logged.
      if (this.node) this.root = createRoot(this.node, { onCaughtError: () => undefined });
      this.paint();
    },
    componentDidUpdate() {
      this.paint();
    },
    componentWillUnmount() {
      const root = this.root;
      // Not while Decap's React is still unmounting this template.
      queueMicrotask(() => root?.unmount());
    },
    paint() {
      this.root?.render(<Preview data={this.props.entry.get('data')?.toJS() ?? {}} schema={schema} render={render} />);
    },
    render() {
      return decap.h('div', {
        ref: (node: HTMLElement | null) => {
          this.node = node;
        },
      });
    },
  };
  return decap.createClass(spec);
}
