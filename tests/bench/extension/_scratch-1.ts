import { extensionOrigin, launchExtensionBrowser, launchPlainBrowser } from './browsers';
import { serveBenchSite } from './bench-site';
import { measureMainThread } from './main-thread';

const site = await serveBenchSite({ nonCoverageChars: [51_200, 1_048_576], seedRepeats: [1, 10, 100] });
const ext = await launchExtensionBrowser('/tmp/xb-ext');
const plain = await launchPlainBrowser();
for (const chars of [51_200, 1_048_576]) {
  const t = Date.now();
  const r = await measureMainThread({ extension: ext.context, plain: plain.context, origin: extensionOrigin(ext), url: site.nonCoverageUrl(chars), chars, runs: 2 });
  console.log(chars, Date.now() - t, 'ms', JSON.stringify(r, null, 1).slice(0, 3000));
}
await ext.close(); await plain.close(); await site.close();
