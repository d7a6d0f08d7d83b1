import { useEffect, useState } from 'preact/hooks';
import { errorOf, type Send } from '../../utils/manager/client';
import { loadTimeline, type TimelineChoice } from '../../utils/manager/timeline';
import type { ProtocolError } from '../../utils/messaging/protocol';
import type { MetricTimeline } from '../../utils/store/manager/timeline';

export type TimelineState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; timeline: MetricTimeline }
  | { status: 'error'; error: ProtocolError };

/** The timeline of the reader's choice, asked again when the choice or the store changes. */
export function useMetricTimeline(send: Send, choice: TimelineChoice, revision: number): TimelineState {
  const [state, setState] = useState<TimelineState>({ status: 'idle' });
  useEffect(() => {
    if (!choice.metric) {
      setState({ status: 'idle' });
      return;
    }
    let current = true;
    setState({ status: 'loading' });
    loadTimeline(send, choice).then(
      (timeline) => current && timeline && setState({ status: 'ready', timeline }),
      (error: unknown) => current && setState({ status: 'error', error: errorOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [choice.metric, choice.side, revision]);
  return state;
}
