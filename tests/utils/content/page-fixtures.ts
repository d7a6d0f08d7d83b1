/**
 * Test pages and a fake background for the content-script tests. The pages are static test input
 * written for these tests (not seed texts); the fake background runs the real engine for
 * analyzePage, as the real one does, and answers with report counts per metric the test chooses.
 */
import { analyzeDocument } from '../../../utils/engine/analyze';
import { MAX_PAGE_TEXT_CHARS } from '../../../utils/limits';
import type { AnyRequest, RequestOf, RequestType, Response } from '../../../utils/messaging/protocol';
import type { ReportsForFigure } from '../../../utils/store/types';

export const COVERAGE_PAGE = `
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main>
  <article>
    <h1>Fighting flares in Nagorno-Karabakh</h1>
    <p>Armenia's defence ministry said on Sunday that its forces had shot down <b>4</b> Azerbaijani
    helicopters near Stepanakert, as clashes between Armenia and Azerbaijan over the breakaway
    Nagorno-Karabakh region spread along the line of contact.</p>
    <p>Azerbaijan's defence ministry denied the claim and said its troops had destroyed 12 Armenian
    tanks. Both sides declared martial law, and Azerbaijan's president Ilham Aliyev vowed to retake
    the region.</p>
    <p>Armenian Prime Minister Nikol Pashinyan called on the international community to act.</p>
  </article>
</main>
<aside><p>Markets close 2 points higher as energy stocks rally</p></aside>`;

export const OTHER_WAR_PAGE = `
<main>
  <article>
    <h1>Heavy fighting in eastern Ukraine</h1>
    <p>Ukraine's defence ministry said its forces had shot down four Russian helicopters and
    destroyed 12 tanks near the eastern town of Bakhmut over the past day.</p>
    <p>Moscow's defence ministry rejected the figures and said its own troops had downed three
    Ukrainian helicopters. Neither claim could be independently verified.</p>
  </article>
</main>`;

export function reportsFor(metric: string, reports: number): ReportsForFigure {
  return {
    metric: { id: metric, label: metric },
    period: null,
    groups: [],
    otherPeriods: [],
    series: [],
    summary: {
      distinctValues: reports > 0 ? 1 : 0,
      claimants: 0,
      outlets: 0,
      reports,
      values: [],
      pageAgrees: null,
    },
  };
}

/** A background that counts what it is asked and answers with `reportsByMetric` (0 when missing). */
export function fakeBackground(reportsByMetric: Record<string, number>) {
  const requests: AnyRequest[] = [];
  let failing = false;
  const send = async <T extends RequestType>(request: RequestOf<T>): Promise<Response<T>> => {
    requests.push(request as AnyRequest);
    if (failing) return { ok: false, error: { code: 'unreachable', message: 'no background' } };
    if (request.type === 'analyzePage') {
      const { page } = request as RequestOf<'analyzePage'>;
      // The real background refuses longer text (request-schema.ts).
      if (page.text.length > MAX_PAGE_TEXT_CHARS)
        return { ok: false, error: { code: 'bad-request', message: 'page text too long' } } as Response<T>;
      const { coverage, figures } = analyzeDocument(page);
      const reportCounts: Record<string, number> = {};
      const metricLabels: Record<string, string> = {};
      for (const { metric } of figures) {
        if (reportsByMetric[metric]) reportCounts[metric] = reportsByMetric[metric];
        metricLabels[metric] = metric.replace(/_/g, ' ');
      }
      return {
        ok: true,
        data: { coverage, figures, reportCounts, metricLabels, pageSourceId: null },
      } as Response<T>;
    }
    if (request.type === 'getReports') {
      const { figure } = request as RequestOf<'getReports'>;
      return {
        ok: true,
        data: reportsFor(figure.metric, reportsByMetric[figure.metric] ?? 0),
      } as Response<T>;
    }
    return { ok: true, data: { opened: true } } as Response<T>;
  };
  return {
    send,
    requests,
    setFailing(value: boolean) {
      failing = value;
    },
  };
}
