/**
 * Builds the add-in into dist/: taskpane.html, commands.html (ribbon function file), message.html (the
 * commands' outcome dialog), the bundles, manifest.xml and the icons. The manifest's development address
 * https://localhost:3000 is replaced by the production one from the environment variable CRUSCOTTO_URL.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000';

/**
 * Content-Security-Policy of every page the add-in serves (a <meta> in taskpane.html, commands.html and
 * message.html; test/build/csp.test.ts checks the built pages, the e2e test loads them with it enforced).
 * - Scripts only from the add-in's own origin and Microsoft's Office.js host, which also serves the
 *   scripts office.js loads; no inline script, no eval (the production bundles need neither: devtool is
 *   off in production and 'source-map', never 'eval', in development).
 * - style-src needs 'unsafe-inline': Fluent UI's Griffel and the FluentProvider insert <style> elements at
 *   run time (class rules and the theme's CSS variables), and a <meta> policy on static files cannot carry a
 *   per-response nonce. Styles cannot run code; scripts stay strict.
 * - A <meta> policy cannot set frame-ancestors (Office frames the pane), report-uri or sandbox.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https://appsforoffice.microsoft.com",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** CRUSCOTTO_URL without a trailing slash; https only (Office refuses anything else). */
function productionUrl() {
  const raw = (process.env.CRUSCOTTO_URL || '').trim();
  if (!raw) return DEV_URL;
  const url = raw.replace(/\/+$/, '');
  if (!/^https:\/\/[^\s"'<>]+$/.test(url)) {
    throw new Error(`CRUSCOTTO_URL deve essere un indirizzo https (ricevuto «${raw}»).`);
  }
  return url;
}

/** The manifest with the production address; AppDomain takes the origin only (scheme and host). */
function manifestFor(content, url) {
  const origin = new URL(url).origin;
  return content
    .toString('utf8')
    .split(`<AppDomain>${DEV_URL}</AppDomain>`)
    .join(`<AppDomain>${origin}</AppDomain>`)
    .split(DEV_URL)
    .join(url);
}

module.exports = (env, argv) => {
  const production = argv.mode !== 'development';
  const url = productionUrl();
  return {
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      message: './src/commands/message.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
      // the hosts' browsers (WebView2, Safari, Chromium) have globalThis: without this webpack's runtime falls
      // back to `new Function("return this")`, which the policy forbids
      environment: { globalThis: true },
      // every build writes its files, so their dates say when the bundle was built: the tests rebuild a bundle
      // older than its sources, and an unchanged file left with its old date made them rebuild on every run
      compareBeforeEmit: false,
    },
    devtool: production ? false : 'source-map',
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { transpileOnly: true, configFile: 'tsconfig.json', compilerOptions: { module: 'es2020', sourceMap: !production } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'], csp: CONTENT_SECURITY_POLICY }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'], csp: CONTENT_SECURITY_POLICY }),
      new HtmlWebpackPlugin({ filename: 'message.html', template: './src/commands/message.html', chunks: ['message'], csp: CONTENT_SECURITY_POLICY }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content, url) },
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
        ],
      }),
    ],
    performance: { hints: production ? 'warning' : false, maxAssetSize: 1_500_000, maxEntrypointSize: 1_500_000 },
    optimization: { splitChunks: false },
  };
};

module.exports.manifestFor = manifestFor;
module.exports.DEV_URL = DEV_URL;
module.exports.CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY;
