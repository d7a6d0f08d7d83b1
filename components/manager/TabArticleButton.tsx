import { useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n/translate';
import type { SourceFormValues } from '../../utils/manager/source-form';
import { TAB_PROBLEMS, tabArticleOf } from '../../utils/manager/tab-article';
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
    return <p class="ct-muted ct-tab-article">{t('tabArticle.how', { button: t('popup.openManager') })}</p>;
  }

  const take = async () => {
    if (reading.current) return;
    reading.current = true;
    setBusy(true);
    setProblem(null);
    setTaken(null);
    const result = await takeArticle().then(
      tabArticleOf,
      () => ({ ok: false, message: TAB_PROBLEMS.unreachable }) as const,
    );
    reading.current = false;
    setBusy(false);
    if (!result.ok) return setProblem(result.message);
    setTaken(result.title ? t('tabArticle.took', { title: result.title }) : t('tabArticle.tookArticle'));
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
        {t('tabArticle.use')}
      </button>
      <p class="ct-muted" role="status">
        {busy ? t('tabArticle.reading') : taken}
      </p>
      {problem && (
        <p class="ct-warning" id={PROBLEM_ID} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
