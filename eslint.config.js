import js from '@eslint/js';
import path from 'node:path';
import tseslint from 'typescript-eslint';

const SRC = path.resolve('src');

/** src/<domain>/… → domain; null outside src. */
function domainOf(file) {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..')) return null;
  return rel.split(path.sep)[0] ?? null;
}

/**
 * Deep imports across domains are errors: another domain is reached through an index module only.
 * Shared test fixtures (`test-support/`) are the exception; the build excludes them.
 */
const domainBoundaries = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const from = domainOf(context.filename);
    return {
      ImportDeclaration(node) {
        const spec = node.source.value;
        if (typeof spec !== 'string' || !spec.startsWith('.') || from === null) return;
        const target = path.resolve(path.dirname(context.filename), spec);
        const to = domainOf(target);
        if (to === null || to === from) return;
        const isTestShared = target.includes(`${path.sep}test-support${path.sep}`);
        // The web client is bundled by Vite and imports index modules without an extension.
        const isIndex = ['index.js', 'index'].includes(path.basename(target));
        if (!isIndex && !isTestShared) {
          context.report({ node, message: `Import the ${to} domain through an index module, not ${spec}.` });
        }
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/**', 'skein-workspace/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', 'src/web/**/*.tsx'],
    plugins: { skein: { rules: { 'domain-boundaries': domainBoundaries } } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-console': 'error',
      'skein/domain-boundaries': 'error',
    },
  },
  { files: ['scripts/**/*.ts', 'src/cli/**/*.ts'], rules: { 'no-console': 'off' } },
);
