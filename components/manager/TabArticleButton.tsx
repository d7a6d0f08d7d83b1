import { useRef, useState } from 'preact/hooks';
import type { SourceFormValues } from '../../utils/manager/source-form';
import { TAB_UNREACHABLE, tabArticleOf } from '../../utils/manager/tab-article';
import type { ArticleAnswer } from '../../utils/messaging/protocol';

export interface TabArticleButtonProps {
  /**
   * Asks the tab the manager was opened from (`options.html?tab=<id>`) for its article; null is
   * no answer (no content script there). Absent when the manager was opened without a tab.
   */
  takeArticle?: () => Promise<ArticleAnswer | null>;
  /** Called with the article's text and the source fields its page filled. */
  onArticle: (text: string, source: Partial<SourceFormValues>) => void;
}

const PROBLEM_ID = 'ct-tab-article-problem';

/**
 * "Use the article in the tab you came from": takes the article of the tab the manager was
 * opened from, or, when it was opened without one, says how to open it from that tab.
 */
export function TabArticleButton({ takeArticle, onArticle }: TabArticleButtonProps) {
  const [busy, setBusy] = useState(false);
  // A second click while the tab is still being read is ignored (state alone lags a render).
  const reading = useRef(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [taken, setTaken] = useState<string | null>(null);

  if (!takeArticle) {
    return (
      <p class="ct-muted ct-tab-article">
        To take the article of a tab straight from it, show that tab, click Crosstally’s button in the
        browser’s toolbar and choose “Open the store manager”: this section then offers to use its article. Or
        select the article’s text there (Ctrl+A, Ctrl+C) and paste it below.
      </p>
    );
  }

  const take = async () => {
    if (reading.current) return;
    reading.current = true;
    setBusy(true);
    setProblem(null);
    setTaken(null);
    const result = await takeArticle().then(
      tabArticleOf,
      () => ({ ok: false, message: TAB_UNREACHABLE }) as const,
    );
    reading.current = false;
    setBusy(false);
    if (!result.ok) return setProblem(result.message);
    setTaken(result.title ? `Took “${result.title}” from the tab.` : 'Took the article from the tab.');
    onArticle(result.text, result.source);
  };

  return (
    <div class="ct-tab-article">
      <button
        type="button"
        class="ct-primary"
        aria-describedby={problem ? PROBLEM_ID : undefined}
        onClick={() => void take()}
      >
        Use the article in the tab you came from
      </button>
      <p class="ct-muted" role="status">
        {busy ? 'Reading the article in that tab…' : taken}
      </p>
      {problem && (
        <p class="ct-warning" id={PROBLEM_ID} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
