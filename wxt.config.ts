import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See README "Permissions" for why each permission is requested.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Crosstally',
    description:
      'Marks Nagorno-Karabakh figures in news pages and shows how other outlets reported them. Fully offline.',
    permissions: ['storage'],
    // The CSS Custom Highlight API marks figures without changing the page's DOM.
    minimum_chrome_version: '105',
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-mv{{manifestVersion}}.zip',
  },
});
