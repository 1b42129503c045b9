import { Fragment } from 'react';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};

/**
 * A search snippet (escaped text with <mark> around the query's words) shown without
 * innerHTML: only the <mark> tags become elements, the rest stays text.
 */
export function SearchSnippet({ html }: { html: string }) {
  let marked = false;
  return html.split(/(<mark>|<\/mark>)/).map((part, i) => {
    if (part === '<mark>' || part === '</mark>') {
      marked = part === '<mark>';
      return null;
    }
    const text = part.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
    return marked ? <mark key={i}>{text}</mark> : <Fragment key={i}>{text}</Fragment>;
  });
}
