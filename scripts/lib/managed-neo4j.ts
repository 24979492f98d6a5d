/**
 * The managed local Neo4j: Neo4j Community 5.26 resolved from Maven Central by
 * the machine's `mvn`, run by scripts/neo4j/NewsgraphNeo4j.java as a detached
 * process. Everything lives under the git-ignored `.neo4j/` folder:
 *   .neo4j/lib        the engine's jars (shared by all instances)
 *   .neo4j/classes    the compiled launcher
 *   .neo4j/<name>/    one instance: home (data, logs), pid, neo4j.log
 */
import { execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { probeVersion } from '../../src/graph';
import { PROJECT_ROOT } from '../../src/util';
import { childEnv } from '../../src/config';

const ROOT = PROJECT_ROOT;
const BASE = path.join(ROOT, '.neo4j');
const POM = path.join(ROOT, 'scripts', 'neo4j', 'pom.xml');
const LAUNCHER = path.join(ROOT, 'scripts', 'neo4j', 'NewsgraphNeo4j.java');

export interface InstanceOptions {
  name: string; // folder under .neo4j/
  host: string;
  port: number;
  user: string;
  password: string;
  heap?: string; // -Xmx
  pageCache?: string;
}

export const DEV_INSTANCE = { name: 'dev', host: '127.0.0.1', port: 7687 };
export const TEST_INSTANCE = { name: 'test', host: '127.0.0.1', port: 7688 };
export const BENCH_INSTANCE = { name: 'bench', host: '127.0.0.1', port: 7689 };

const dirOf = (o: InstanceOptions) => path.join(BASE, o.name);
const pidFile = (o: InstanceOptions) => path.join(dirOf(o), 'neo4j.pid');
export const logFile = (o: InstanceOptions) => path.join(dirOf(o), 'neo4j.log');

function log(msg: string): void {
  process.stderr.write(`[neo4j] ${msg}\n`);
}

/** Resolves the jars once; re-resolves only when the pom changes. */
export function provision(): void {
  const lib = path.join(BASE, 'lib');
  const stamp = path.join(BASE, 'lib.stamp');
  const pomHash = crypto.createHash('sha256').update(fs.readFileSync(POM)).digest('hex');
  if (!(fs.existsSync(lib) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === pomHash)) {
    log('resolving Neo4j Community 5.26 from Maven Central (first run only)...');
    const tmp = `${lib}.tmp`;
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.mkdirSync(BASE, { recursive: true });
    execFileSync('mvn', ['-B', '-q', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${tmp}`], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    fs.rmSync(lib, { recursive: true, force: true });
    fs.renameSync(tmp, lib);
    fs.writeFileSync(stamp, pomHash);
    fs.rmSync(path.join(BASE, 'classes'), { recursive: true, force: true });
  }
  const classes = path.join(BASE, 'classes');
  const compiled = path.join(classes, 'NewsgraphNeo4j.class');
  if (!fs.existsSync(compiled) || fs.statSync(compiled).mtimeMs < fs.statSync(LAUNCHER).mtimeMs) {
    fs.mkdirSync(classes, { recursive: true });
    execFileSync('javac', ['-d', classes, '-cp', `${lib}/*`, LAUNCHER], { stdio: 'inherit' });
  }
}

function readPid(o: InstanceOptions): number | null {
  try {
    const pid = Number(fs.readFileSync(pidFile(o), 'utf8').trim());
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** True when something accepts TCP connections on host:port. */
export function portOpen(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Neo4j's version once Bolt answers with these credentials, else null. */
export const boltVersion = (o: InstanceOptions): Promise<string | null> =>
  probeVersion(`bolt://${o.host}:${o.port}`, o.user, o.password);

export interface StartResult {
  started: boolean; // false when it was already running
  pid: number;
  version: string;
  uri: string;
}

/** Starts the instance unless it already runs; waits until Bolt answers. */
export async function start(o: InstanceOptions, timeoutMs = 180_000): Promise<StartResult> {
  const uri = `bolt://${o.host}:${o.port}`;
  const running = readPid(o);
  if (running) {
    const version = await waitForBolt(o, running, timeoutMs);
    return { started: false, pid: running, version, uri };
  }
  if (await portOpen(o.host, o.port)) {
    throw new Error(`port ${o.host}:${o.port} is taken by another process; set NEO4J_URI to use that server`);
  }
  provision();
  fs.mkdirSync(dirOf(o), { recursive: true });
  const out = fs.openSync(logFile(o), 'a');
  const child = spawn(
    'java',
    [
      `-Xmx${o.heap ?? '1g'}`,
      '-XX:+UseG1GC',
      '-cp',
      `${path.join(BASE, 'classes')}:${path.join(BASE, 'lib')}/*`,
      'NewsgraphNeo4j',
    ],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: childEnv({
        NEO4J_HOME_DIR: path.join(dirOf(o), 'home'),
        NEO4J_BOLT_HOST: o.host,
        NEO4J_BOLT_PORT: String(o.port),
        NEO4J_PASSWORD: o.password,
        NEO4J_PAGECACHE: o.pageCache ?? '512m',
      }),
    },
  );
  fs.closeSync(out);
  child.unref();
  fs.writeFileSync(pidFile(o), String(child.pid));
  const version = await waitForBolt(o, child.pid!, timeoutMs);
  return { started: true, pid: child.pid!, version, uri };
}

async function waitForBolt(o: InstanceOptions, pid: number, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const version = await boltVersion(o);
    if (version) return version;
    try {
      process.kill(pid, 0);
    } catch {
      const tail = fs.existsSync(logFile(o))
        ? fs.readFileSync(logFile(o), 'utf8').split('\n').slice(-15).join('\n')
        : '';
      throw new Error(`Neo4j exited during start-up; last lines of ${logFile(o)}:\n${tail}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Neo4j did not answer on bolt://${o.host}:${o.port} within ${timeoutMs / 1000}s (see ${logFile(o)})`);
}

/** Stops the instance cleanly (SIGTERM runs Neo4j's shutdown); true if it ran. */
export async function stop(o: InstanceOptions, timeoutMs = 60_000): Promise<boolean> {
  const pid = readPid(o);
  if (!pid) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      fs.rmSync(pidFile(o), { force: true });
      return true;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(pid, 'SIGKILL');
  fs.rmSync(pidFile(o), { force: true });
  return true;
}

export async function status(o: InstanceOptions): Promise<{ pid: number | null; version: string | null }> {
  const pid = readPid(o);
  return { pid, version: pid ? await boltVersion(o) : null };
}

/** Stops the instance and deletes its data; the jars stay. */
export async function reset(o: InstanceOptions): Promise<void> {
  await stop(o);
  fs.rmSync(dirOf(o), { recursive: true, force: true });
}

export function diskUsage(): string {
  try {
    return execFileSync('du', ['-sh', BASE], { encoding: 'utf8' }).split('\t')[0] ?? '?';
  } catch {
    return '?';
  }
}
