/** `npm run locales`: writes public/_locales from the catalogs (the build does it too). */
import path from 'node:path';
import { writeLocales } from './locales';

writeLocales(path.resolve(import.meta.dirname, '../../..'));
console.log('wrote public/_locales');
