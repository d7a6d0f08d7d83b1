import 'fake-indexeddb/auto';
import { CrosstallyDb, toStoredClaim } from '../../utils/store/db';
import { allSources } from '../../utils/store/queries';
const db = new CrosstallyDb('x');
const claims = Array.from({ length: 20000 }, (_, i) => toStoredClaim({ id: `c${i}`, metric: `m${i % 15}`, value: i % 60, qualifier: 'exact', side: 'AZ', sourceId: `s${i % 2000}`, claimant: { id: 'x', label: 'Armenia defence ministry', party: 'ARM' }, origin: 'seed', quote: `Officials said near Stepanakert that ${i} helicopters were lost during fighting around Shusha on 2020-09-${i % 28}.`, quoteFigureStart: 0, quoteFigureEnd: 3, selector: { exact: 'abc', prefix: 'Officials said near Stepanakert that', suffix: ' helicopters were lost during fig' }, start: 0, end: 3, eventDate: '2020-09-27', createdAt: 1, updatedAt: 1 } as any));
await db.claims.bulkPut(claims);
await db.sources.bulkPut(Array.from({ length: 2000 }, (_, i) => ({ id: `s${i}`, label: `Outlet ${i} report`, outlet: `Outlet ${i}`, url: null, language: 'en', publishedDate: null, kind: 'import', segments: [] } as any)));
for (let k = 0; k < 3; k++) {
let t = performance.now();
const a = await db.claims.where('metric').equals('m3').toArray();
console.log('where toArray', a.length, (performance.now() - t).toFixed(1));
t = performance.now();
const b = await db.claims.where('metric').equals('m3').primaryKeys();
console.log('where primaryKeys', b.length, (performance.now() - t).toFixed(1));
t = performance.now();
const c = await db.claims.bulkGet(b);
console.log('bulkGet', c.length, (performance.now() - t).toFixed(1));
t = performance.now();
db.revision++;
const d = await allSources(db);
console.log('allSources', d.size, (performance.now() - t).toFixed(1));
t = performance.now();
const e = structuredClone(a);
console.log('structuredClone', e.length, (performance.now() - t).toFixed(1));
}
