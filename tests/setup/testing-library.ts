/**
 * Component tests wait for what a reader would see; on a loaded two-core machine a re-render
 * can take longer than Testing Library's 1 s default, so waits get 5 s (a wait still fails when
 * the text never comes).
 */
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 5_000 });
