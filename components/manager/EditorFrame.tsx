import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { ErrorSummary } from './ErrorSummary';

export interface EditorFrameProps {
  /** Id of the heading that labels the editor. */
  titleId: string;
  title: string;
  /** Field errors, each with the id of its control, listed at the top. */
  errors: readonly { fieldId: string; message: string }[];
  /** Errors about no particular field (from the store). */
  other?: readonly string[];
  /** Escape closes the editor without saving. */
  onCancel: () => void;
  /** The form. */
  children: ComponentChildren;
}

/** The frame every manager editor shares: a labelled section whose heading takes focus on open, its error summary, Escape to cancel. */
export function EditorFrame({ titleId, title, errors, other, onCancel, children }: EditorFrameProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      class="ct-editor"
      aria-labelledby={titleId}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <h2 id={titleId} ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <ErrorSummary errors={errors} other={other} />
      {children}
    </section>
  );
}
