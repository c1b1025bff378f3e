// Server bundle: src/index.ts → dist/Code.js for Apps Script's V8 runtime.
const path = require('node:path');
const webpack = require('webpack');
const GasPlugin = require('gas-webpack-plugin');
const { version } = require('./package.json');

module.exports = {
  mode: 'production',
  context: __dirname,
  entry: './src/index.ts',
  devtool: false,
  target: ['web', 'es2020'],
  output: { path: path.resolve(__dirname, 'dist'), filename: 'Code.js', clean: false },
  resolve: { extensions: ['.ts', '.js'] },
  module: {
    rules: [{ test: /\.ts$/, loader: 'esbuild-loader', options: { loader: 'ts', target: 'es2020' } }],
  },
  // Readable output: stack traces in the Apps Script log point at real names.
  optimization: { minimize: false, concatenateModules: true },
  performance: { hints: false },
  plugins: [
    new webpack.DefinePlugin({ ADDON_VERSION: JSON.stringify(version) }),
    // Only the entry file declares globals (one list of the add-on's surface).
    new GasPlugin({ include: ['src/index.ts'], comment: true }),
  ],
};
