/**
 * A sticky note's Markdown, rendered as React elements by react-markdown
 * (never through innerHTML). Raw HTML in the text is shown as text, not
 * rendered: react-markdown turns HTML nodes into text unless a raw-HTML
 * plugin is added, and none is. Links go only to http(s) and mailto
 * addresses (anything else, `javascript:` included, loses its href), open in
 * a new tab with rel="noopener noreferrer"; images are shown as their alt
 * text, so a note never loads anything from the network.
 *
 * Loaded on its own (React.lazy in StickyNoteNode.tsx) the first time a note
 * is shown, so the Markdown parser is in no bundle of a page without notes.
 */
import Markdown, { type Components } from 'react-markdown';

/** The link targets a note may have; anything else is dropped. */
export function safeUrl(url: string): string {
  return /^(https?:|mailto:)/i.test(url.trim()) ? url : '';
}

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer" className="nodrag">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: ({ alt }) => <span className="sticky-note__image">{alt ?? ''}</span>,
};

export default function NoteMarkdown({ text }: { text: string }) {
  return (
    <Markdown components={components} urlTransform={safeUrl}>
      {text}
    </Markdown>
  );
}
