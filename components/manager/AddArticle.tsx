import { useRef, useState } from 'preact/hooks';
import { errorSummaryOf, type FieldErrors } from '../../utils/claim-form/fields';
import { extractFigures } from '../../utils/engine/figures';
import { htmlToText } from '../../utils/engine/html-text';
import { t, tn } from '../../utils/i18n/translate';
import { MAX_ARTICLE_CHARS } from '../../utils/limits';
import {
  articleDraft,
  checkReview,
  type ReviewErrors,
  type ReviewItem,
  reviewItems,
} from '../../utils/manager/article';
import { ask, errorOf } from '../../utils/manager/client';
import {
  checkSourceForm,
  EMPTY_SOURCE_FORM,
  type SourceField,
  type SourceFormValues,
} from '../../utils/manager/source-form';
import type { ArticleAnswer } from '../../utils/messaging/protocol';
import type { ArticleSaved } from '../../utils/store/manager/types';
import { ArticleFigureReview, reviewFieldId } from './ArticleFigureReview';
import { ErrorSummary } from './ErrorSummary';
import { FormField } from './FormField';
import type { ManagerEnv } from './manager-env';
import { SourceFields, sourceFieldId } from './SourceFields';
import { TabArticleButton } from './TabArticleButton';

export interface AddArticleProps {
  env: ManagerEnv;
  /** Shows the saved article's claims in the list. */
  onShowSource: (sourceId: string, label: string) => void;
  /**
   * Asks the tab the manager was opened from for its article (see TabArticleButton); absent when
   * the manager was opened without one.
   */
  takeTabArticle?: () => Promise<ArticleAnswer | null>;
}

const PREFIX = 'ct-article';

/**
 * Add an article: take it from the tab the manager was opened from, paste its text or open a saved
 * page; let the engine find its figures, correct each, and save the article as a source with its
 * text and its figures. Runs offline on this page.
 */
export function AddArticle({ env, onShowSource, takeTabArticle }: AddArticleProps) {
  const [text, setText] = useState('');
  const [source, setSource] = useState<SourceFormValues>(EMPTY_SOURCE_FORM);
  const [items, setItems] = useState<ReviewItem[] | null>(null);
  const [textError, setTextError] = useState<string | undefined>();
  const [sourceErrors, setSourceErrors] = useState<FieldErrors<SourceField>>({});
  const [reviewErrors, setReviewErrors] = useState<ReviewErrors>({});
  const [saved, setSaved] = useState<ArticleSaved | null>(null);
  const readTextOf = useRef(text);

  const findFigures = (article = text) => {
    setSaved(null);
    if (!article.trim()) return setTextError(t('article.textEmpty'));
    if (article.length > MAX_ARTICLE_CHARS) return setTextError(t('article.textTooLong'));
    setTextError(undefined);
    readTextOf.current = article;
    setItems(reviewItems(extractFigures(article)));
    setReviewErrors({});
  };

  /** The tab's article replaces the text and the source fields, and is reviewed at once. */
  const takeArticle = (article: string, from: Partial<SourceFormValues>) => {
    setText(article);
    setSource((s) => ({ ...s, ...from }));
    setSourceErrors({});
    findFigures(article);
  };

  const openFile = async (file: File) => {
    const content = await file.text();
    const isHtml = /\.html?$/i.test(file.name) || /^\s*</.test(content);
    const page = isHtml ? htmlToText(content) : null;
    setText(page ? page.text.trim() : content);
    setItems(null);
    if (page?.title && !source.label)
      setSource((s) => ({ ...s, label: page.title ?? '', language: page.lang?.slice(0, 8) || s.language }));
  };

  const save = async () => {
    const checkedSource = checkSourceForm(source);
    const checkedReview = checkReview(items ?? [], env.claimants);
    setSourceErrors(checkedSource.ok ? {} : checkedSource.errors);
    setReviewErrors(checkedReview.ok ? {} : checkedReview.errors);
    if (!checkedSource.ok || !checkedReview.ok) return;
    try {
      const result = await ask(env.send, {
        type: 'saveArticle',
        article: articleDraft(readTextOf.current, checkedSource.value, checkedReview.claims),
      });
      setSaved(result);
      env.notify(tn('article.saved', result.claims, { source: result.source.label }));
      env.changed();
    } catch (error) {
      env.report(errorOf(error));
    }
  };

  const summary = [
    ...errorSummaryOf(sourceErrors, (field) => sourceFieldId(PREFIX, field)),
    ...(items ?? []).flatMap((item) =>
      errorSummaryOf(reviewErrors[item.key] ?? {}, (field) => reviewFieldId(item, field)),
    ),
  ];
  const included = items?.filter((item) => item.include).length ?? 0;

  return (
    <div class="ct-add-article">
      <h2>{t('manager.tab.add')}</h2>
      <p class="ct-muted">{t('article.intro')}</p>
      <ErrorSummary errors={summary} />
      <TabArticleButton takeArticle={takeTabArticle} onArticle={takeArticle} />
      <FormField id="ct-article-text" label={t('article.text')} error={textError}>
        {(attributes) => (
          <textarea
            {...attributes}
            rows={10}
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
          />
        )}
      </FormField>
      <FormField id="ct-article-file" label={t('article.file')}>
        {(attributes) => (
          <input
            {...attributes}
            type="file"
            accept=".html,.htm,.txt,text/html,text/plain"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) void openFile(file);
            }}
          />
        )}
      </FormField>
      <button type="button" class="ct-primary" onClick={() => findFigures()}>
        {t('article.find')}
      </button>
      {items && (
        <section aria-labelledby="ct-review-title">
          <h3 id="ct-review-title" tabIndex={-1}>
            {items.length === 0 ? t('article.noneFound') : tn('article.found', items.length)}
          </h3>
          {items.length === 0 && <p>{t('article.noneFoundText')}</p>}
          {items.map((item, i) => (
            <ArticleFigureReview
              key={item.key}
              item={item}
              number={i + 1}
              errors={reviewErrors[item.key] ?? {}}
              metrics={env.metrics}
              claimants={env.claimants}
              onChange={(changes) =>
                setItems((all) =>
                  (all ?? []).map((other) => (other.key === item.key ? { ...other, ...changes } : other)),
                )
              }
            />
          ))}
          <h3>{t('article.whereFrom')}</h3>
          <SourceFields
            form={source}
            errors={sourceErrors}
            idPrefix={PREFIX}
            onChange={(changes) => setSource((s) => ({ ...s, ...changes }))}
          />
          <button type="button" class="ct-primary" onClick={() => void save()}>
            {tn('article.save', included)}
          </button>
        </section>
      )}
      {saved && (
        <p class="ct-success" role="status">
          {tn('article.saved', saved.claims, { source: saved.source.label })}{' '}
          <a href={env.readerHref(saved.source.id)} target="_blank" rel="noopener">
            {t('article.readMarked')}
          </a>{' '}
          {t('article.or')}{' '}
          <button
            type="button"
            class="ct-link-button"
            onClick={() => onShowSource(saved.source.id, saved.source.label)}
          >
            {t('article.showClaims')}
          </button>
          .
        </p>
      )}
    </div>
  );
}
