import { extensionOrigin, launchExtensionBrowser, launchPlainBrowser } from './browsers';
import { serveBenchSite } from './bench-site';
import { measurePaintStep } from './paint-step';
import { measureMarkJs } from '../peer-highlighter/mark-js';

const site = await serveBenchSite({ nonCoverageChars: [], seedRepeats: [1, 100] });
const ext = await launchExtensionBrowser('/tmp/xb-ext');
const plain = await launchPlainBrowser();
for (const times of [1, 100]) {
  let t = Date.now();
  const ours = await measurePaintStep(ext.context, site.seedUrl(times), extensionOrigin(ext));
  console.log(times, Date.now() - t, { ...ours, spans: ours.spans.length, firstSpans: ours.spans.slice(0, 2) });
  t = Date.now();
  const theirs = await measureMarkJs(plain.context, site.seedUrl(times), ours.spans);
  console.log(times, Date.now() - t, theirs);
}
await ext.close(); await plain.close(); await site.close();
