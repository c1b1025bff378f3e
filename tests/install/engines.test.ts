/**
 * Every installed package must run on the Node the README names, so `npm ci` on a fresh machine
 * prints no EBADENGINE warning: the root's `engines` range may only allow Node versions that
 * every package in the lock file accepts.
 */
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';

const root = path.join(__dirname, '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');

interface LockPackage { version?: string; engines?: { node?: string } | string[]; hasInstallScript?: boolean }
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, LockPackage> };
const manifest = JSON.parse(read('package.json')) as { engines: { node: string }; allowScripts?: Record<string, boolean> };
const ours = manifest.engines.node;

/** The Node version the README's set-up heading names, e.g. "Node.js 20.19". */
function readmeNode(): string {
  const heading = read('README.md').split('\n').find((line) => line.startsWith('## Set-up'));
  const found = heading?.match(/Node\.js (\d+(?:\.\d+){0,2})/);
  if (!found) throw new Error('README: the set-up heading names no Node.js version');
  const version = semver.coerce(found[1]);
  if (!version) throw new Error(`README: "${found[1]}" is not a version`);
  return version.version;
}

function dependencyEngines(): { name: string; range: string }[] {
  return Object.entries(lock.packages)
    .filter(([key]) => key !== '')
    .flatMap(([key, pkg]) => {
      const node = Array.isArray(pkg.engines) ? undefined : pkg.engines?.node;
      return node ? [{ name: `${key.replace(/^.*node_modules\//, '')}@${pkg.version}`, range: node }] : [];
    });
}

describe('Node versions', () => {
  it('the README, .nvmrc and package.json name the same Node', () => {
    const named = readmeNode();
    expect(semver.satisfies(named, ours)).toBe(true);
    const nvmrc = read('.nvmrc').trim();
    expect(semver.major(named)).toBe(Number(nvmrc));
    expect(semver.satisfies(process.version, ours)).toBe(true);
  });

  it('the lock file reads engines from the packages, so the check below sees them all', () => {
    const engines = dependencyEngines();
    expect(engines.length).toBeGreaterThan(100);
    expect(engines.some((e) => e.name.startsWith('eslint@'))).toBe(true);
  });

  it('every package in the lock file runs on every Node version package.json allows', () => {
    const named = readmeNode();
    const misfits = dependencyEngines().filter(
      ({ range }) => !semver.satisfies(named, range) || !semver.subset(ours, range),
    );
    expect(misfits).toEqual([]);
  });
});

describe('install scripts', () => {
  // npm 11 skips a dependency's install script unless allowScripts names it, and says so on every
  // `npm ci`: esbuild and @swc/core check their native binaries there, so each one is decided.
  it('every package with an install script is approved or denied in package.json', () => {
    const decided = manifest.allowScripts ?? {};
    const undecided = Object.entries(lock.packages)
      .filter(([key, pkg]) => key !== '' && pkg.hasInstallScript)
      .map(([key]) => key.replace(/^.*node_modules\//, ''))
      .filter((name) => !(name in decided));
    expect(undecided).toEqual([]);
    expect(decided['esbuild']).toBe(true);
    expect(decided['@swc/core']).toBe(true);
  });
});
