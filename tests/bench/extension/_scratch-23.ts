import { extensionOrigin, launchExtensionBrowser, launchPlainBrowser } from './browsers';
import { serveBenchSite } from './bench-site';
import { measureMarkingTime } from './marking-time';
import { measurePaintStep } from './paint-step';
import { measureMarkJs } from '../peer-highlighter/mark-js';

const site = await serveBenchSite({ nonCoverageChars: [51_200], seedRepeats: [1, 10, 100] });
const ext = await launchExtensionBrowser('/tmp/xb-ext');
const plain = await launchPlainBrowser();
let t = Date.now();
const pages = [1, 10, 100].map((times) => ({ times, url: site.seedUrl(times), chars: site.textChars[`seed-x${times}.html`] ?? 0 }));
const m = await measureMarkingTime({ extension: ext.context, pages, runs: 2 });
console.log(Date.now() - t, JSON.stringify(m.sizes.map(s => [s.times, s.chars, s.loadToMarksMs.median, s.navigationToMarksMs.median, s.ranges])), m.exponent, m.navigationExponent);
for (const times of [1, 100]) {
  t = Date.now();
  const ours = await measurePaintStep(ext.context, site.seedUrl(times), extensionOrigin(ext));
  const theirs = await measureMarkJs(plain.context, site.seedUrl(times), ours.spans);
  console.log(times, Date.now() - t, { ...ours, spans: ours.spans.length, firstSpans: ours.spans.slice(0, 3) }, theirs);
}
await ext.close(); await plain.close(); await site.close();
