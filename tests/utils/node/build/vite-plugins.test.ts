/**
 * V8's compile hint starts exactly the on-demand content-script file, once, and nothing else
 * the extension ships.
 */
import { describe, expect, it } from 'vitest';
import {
  COMPILE_HINT,
  COMPILE_HINTED_FILES,
  compileHintForOnDemandScript,
} from '../../../../utils/node/build/vite-plugins';

type Output = { type: 'chunk' | 'asset'; fileName: string; code?: string };

function generate(outputs: Output[]): Record<string, Output> {
  const bundle = Object.fromEntries(outputs.map((output) => [output.fileName, output]));
  const plugin = compileHintForOnDemandScript();
  const hook = plugin.generateBundle as unknown as (options: unknown, bundle: unknown) => void;
  hook.call({}, {}, bundle);
  return bundle;
}

describe('compileHintForOnDemandScript', () => {
  it('starts the on-demand file with the hint, on a line of its own, and leaves the rest', () => {
    const bundle = generate([
      { type: 'chunk', fileName: 'content-scripts/content.js', code: '(function(){})();' },
      { type: 'chunk', fileName: 'page-work.js', code: '(function(){})();' },
      { type: 'chunk', fileName: 'background.js', code: 'var background=1;' },
      { type: 'asset', fileName: 'assets/popup.css' },
    ]);
    expect(COMPILE_HINTED_FILES).toEqual(['page-work.js']);
    expect(bundle['page-work.js']?.code).toBe(`${COMPILE_HINT}\n(function(){})();`);
    expect(bundle['content-scripts/content.js']?.code).toBe('(function(){})();');
    expect(bundle['background.js']?.code).toBe('var background=1;');
    expect(bundle['assets/popup.css']?.code).toBeUndefined();
  });

  it('does not add it twice', () => {
    const code = `${COMPILE_HINT}\n(function(){})();`;
    const bundle = generate([{ type: 'chunk', fileName: 'page-work.js', code }]);
    expect(bundle['page-work.js']?.code).toBe(code);
  });

  it('runs after the other build steps', () => {
    expect(compileHintForOnDemandScript().enforce).toBe('post');
  });
});
