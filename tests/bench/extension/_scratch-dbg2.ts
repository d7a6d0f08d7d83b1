import { launchPlainBrowser } from './browsers';
import { serveBenchSite } from './bench-site';
import { measureMarkJs } from '../peer-highlighter/mark-js';

const site = await serveBenchSite({ nonCoverageChars: [], seedRepeats: [1] });
const plain = await launchPlainBrowser();
plain.context.on('close', () => console.log('context closed'));
plain.context.on('page', (p) => { p.on('crash', () => console.log('crash')); p.on('close', () => console.log('page close', p.url())); });
try {
console.log(await measureMarkJs(plain.context, site.seedUrl(1), [{ start: 34, length: 27, text: 'two Azerbaijani helicopters' }, { start: 157, length: 27, text: 'two Azerbaijani helicopters' }]));
} catch (e) { console.log('ERR', e); }
await plain.close(); await site.close();
