import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export interface InFrameProps {
  /** Accessible name of the frame. */
  title: string;
  /** `data-ck-theme`, `dir` and `lang` of the frame's `<html>`, as the toolbar sets them on the page. */
  theme: string;
  dir: string;
  lang: string;
  children: ReactNode;
}

/**
 * Renders `children` into a same-origin iframe with the page's stylesheets: a small viewport of
 * its own, so that a modal `<dialog>` blocks only its frame and not the whole story.
 */
export function InFrame({ title, theme, dir, lang, children }: InFrameProps) {
  const ref = useRef<HTMLIFrameElement>(null);
  const [body, setBody] = useState<HTMLElement | null>(null);

  useLayoutEffect(() => {
    const doc = ref.current?.contentDocument;
    if (!doc) return;
    // Copy the theme and the stories' styles (inline <style> in dev, <link> in a static build).
    for (const node of document.querySelectorAll('style, link[rel="stylesheet"]')) doc.head.appendChild(node.cloneNode(true));
    doc.body.style.margin = '0';
    setBody(doc.body);
  }, []);

  useLayoutEffect(() => {
    const html = ref.current?.contentDocument?.documentElement;
    if (!html) return;
    html.setAttribute('data-ck-theme', theme);
    html.setAttribute('dir', dir);
    html.setAttribute('lang', lang);
  }, [theme, dir, lang, body]);

  return (
    <>
      <iframe ref={ref} title={title} className="story-frame" />
      {body && createPortal(children, body)}
    </>
  );
}
