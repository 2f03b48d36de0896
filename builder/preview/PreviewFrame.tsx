import { type ReactNode, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { RUNTIME_STYLES } from './runtime-styles.ts';

/**
 * A same-origin frame the preview renders into through a portal: the runtime's global styles
 * and media queries apply inside it exactly as on the citizen's page, and the frame's width is
 * the viewport width those queries see. It grows with its content so the page scrolls, not it.
 */
export function PreviewFrame(props: { width: number; title: string; lang: string; children: ReactNode }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [mount, setMount] = useState<HTMLElement | null>(null);
  const [height, setHeight] = useState(400);

  useEffect(() => {
    const doc = frame.current?.contentDocument;
    if (!doc) return;
    doc.open();
    doc.write(
      '<!doctype html><html><head><meta charset="utf-8"><title></title></head><body><main id="preview-root"></main></body></html>',
    );
    doc.close();
    const style = doc.createElement('style');
    style.textContent = RUNTIME_STYLES;
    doc.head.append(style);
    const root = doc.getElementById('preview-root');
    setMount(root);
    const observer = new ResizeObserver(() => setHeight(Math.max(200, doc.documentElement.scrollHeight)));
    observer.observe(doc.body);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const doc = frame.current?.contentDocument;
    if (doc) {
      doc.documentElement.lang = props.lang;
      doc.title = props.title;
    }
  }, [props.lang, props.title]);

  return (
    <>
      <iframe
        ref={frame}
        title={props.title}
        className="preview-frame"
        style={{ width: props.width, height }}
        data-testid="builder.preview.frame"
      />
      {mount ? createPortal(props.children, mount) : null}
    </>
  );
}
