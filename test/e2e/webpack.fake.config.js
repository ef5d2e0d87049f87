/**
 * Bundles test/e2e/fakeOfficeEntry.ts (the fake Office/Excel over a generated workbook) into one
 * classic script that the end-to-end test serves in place of office.js. Output: .tmp/e2e/ (gitignored).
 */
const path = require('path');

const root = path.resolve(__dirname, '..', '..');

module.exports = {
  mode: 'development',
  devtool: false,
  target: 'web',
  context: root,
  entry: path.join(__dirname, 'fakeOfficeEntry.ts'),
  output: {
    path: path.join(root, '.tmp', 'e2e'),
    filename: 'fake-office.js',
    clean: false,
    // always written, so its date says when it was built (an unchanged bundle kept its old date: rebuilt every run)
    compareBeforeEmit: false,
  },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: path.join(root, 'tsconfig.json') } },
      },
    ],
  },
  performance: { hints: false },
  infrastructureLogging: { level: 'error' },
  stats: 'errors-only',
};
