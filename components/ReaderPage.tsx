import { useEffect, useRef } from 'preact/hooks';
import { packLabel } from '../utils/i18n/pack-labels';
import { t } from '../utils/i18n/translate';
import { formatValue, overlayTitle } from '../utils/overlay/format';
import { claimPassage, pieceRuns, readerParagraphs, type Span } from '../utils/reader/passages';
import type { Claim, SeedDocument } from '../utils/store/types';
import { ClaimantName } from './ClaimantName';

/** What the reader page has to show. */
export type ReaderState =
  | { status: 'loading' }
  /** `message` is plain text for the reader. */
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      document: SeedDocument;
      /** The claim whose passage was asked for, if any. */
      claimId: string | null;
      /** Offsets asked for when no claim is named. */
      span: Span | null;
    };

export interface ReaderPageProps {
  state: ReaderState;
  /** The metric's label ("helicopters shot down") for a metric id. */
  metricLabel: (metricId: string) => string;
}

function figureAnchor(index: number): string {
  return `figure-${index + 1}`;
}

/**
 * A stored document as text, with its stored figures marked and the requested passage (a claim's
 * sentence) highlighted, scrolled into view and focused, followed by the list of its figures.
 */
export function ReaderPage({ state, metricLabel }: ReaderPageProps) {
  const passageRef = useRef<HTMLElement>(null);
  const ready = state.status === 'ready' ? state : null;
  const target = ready?.claimId
    ? ready.document.claims.find((claim) => claim.id === ready.claimId)
    : undefined;

  useEffect(() => {
    const passage = passageRef.current;
    if (!passage) return;
    passage.scrollIntoView({ block: 'center', behavior: 'instant' });
    passage.focus({ preventScroll: true });
  }, [ready]);

  if (state.status === 'loading')
    return (
      <main class="reader" aria-busy="true">
        <p>{t('reader.opening')}</p>
      </main>
    );
  if (state.status === 'error') {
    return (
      <main class="reader">
        <h1>{t('reader.title')}</h1>
        <p role="alert">{state.message}</p>
      </main>
    );
  }

  const { document: doc } = state;
  const { source, text, claims } = doc;
  const passage = text === null ? null : target ? claimPassage(text, target) : state.span;
  const indexOf = new Map(claims.map((claim, index) => [claim.id, index]));
  const paragraphs =
    text === null
      ? []
      : readerParagraphs(
          text,
          claims.map((claim) => ({ id: claim.id, start: claim.start, end: claim.end })),
          passage,
        );
  let passageSeen = false;
  const describe = (claim: Claim) =>
    t('reader.figure', {
      what: overlayTitle(claim.side, packLabel(metricLabel(claim.metric)), null),
      value: formatValue(claim.value, claim.qualifier),
    });

  return (
    <main class="reader">
      <header class="reader-header">
        <p class="reader-kicker">{t('reader.kicker')}</p>
        <h1>{source.label}</h1>
        <p class="reader-meta">
          {t('reader.outlet', { outlet: source.outlet ?? t('reader.outletNotNamed') })}
          {source.publishedDate ? t('reader.published', { date: source.publishedDate }) : ''}
          {t('reader.language', { language: source.language })}
        </p>
        {target && (
          <p class="reader-target">
            {t('reader.highlighted', { figure: describe(target) })}
            <ClaimantName claimant={target.claimant} />
          </p>
        )}
      </header>
      {text === null ? (
        <section class="reader-missing">
          <p>{t('reader.missing')}</p>
          {target && <blockquote>{target.quote}</blockquote>}
        </section>
      ) : (
        <article class="reader-text" lang={source.language}>
          {paragraphs.map((paragraph) => (
            <p key={paragraph.start}>
              {pieceRuns(paragraph.pieces).map((run) => {
                const pieces = run.pieces.map((piece) => {
                  const index = piece.claimId === null ? undefined : indexOf.get(piece.claimId);
                  if (index === undefined) return piece.text;
                  return (
                    <mark
                      key={piece.start}
                      id={figureAnchor(index)}
                      class="reader-figure"
                      data-claim-id={piece.claimId}
                    >
                      {piece.text}
                    </mark>
                  );
                });
                if (!run.inPassage) return pieces;
                const first = !passageSeen;
                passageSeen = true;
                return (
                  <span
                    key={run.pieces[0]?.start}
                    class="reader-passage"
                    ref={first ? passageRef : undefined}
                    id={first ? 'passage' : undefined}
                    tabIndex={first ? -1 : undefined}
                  >
                    {pieces}
                  </span>
                );
              })}
            </p>
          ))}
        </article>
      )}
      {claims.length > 0 && (
        <section class="reader-figures" aria-labelledby="reader-figures-title">
          <h2 id="reader-figures-title">{t('reader.figures')}</h2>
          <ul>
            {claims.map((claim, index) => (
              <li key={claim.id} aria-current={claim.id === target?.id ? 'true' : undefined}>
                {text === null ? describe(claim) : <a href={`#${figureAnchor(index)}`}>{describe(claim)}</a>}
                {' — '}
                <ClaimantName claimant={claim.claimant} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
