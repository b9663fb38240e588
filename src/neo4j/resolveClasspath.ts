import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../config.js';

const moduleDir = join(projectRoot, 'neo4j');
const classpathFile = join(moduleDir, 'target', 'classpath.txt');
const launcherJar = join(moduleDir, 'target', 'local-neo4j-1.0.0.jar');
const sources = [join(moduleDir, 'pom.xml'), join(moduleDir, 'src/main/java/kg/neo4j/LocalNeo4j.java')];

/**
 * The Java classpath of the embedded Neo4j: the launcher jar plus Neo4j's ~210 jars from Maven.
 * Resolved once into ~/.m2 and cached in neo4j/target, rebuilt when the pom or launcher changes,
 * so a fresh clone needs only Java 17 and Maven on the PATH.
 */
export function resolveClasspath({ log = (line: string) => console.error(line) } = {}): string {
  if (isStale()) {
    log('Resolving Neo4j 5.26 from Maven Central into ~/.m2 (first run only, about 120 MB)...');
    try {
      execFileSync('mvn', ['-q', '-B', '-f', join(moduleDir, 'pom.xml'), 'package', 'dependency:build-classpath',
        `-Dmdep.outputFile=${classpathFile}`], { stdio: ['ignore', 'ignore', 'inherit'] });
      // Maven leaves an unchanged classpath file untouched, which would look stale forever
      const now = new Date();
      utimesSync(classpathFile, now, now);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'Maven (mvn) is not on the PATH' : String(error);
      throw new Error(`Cannot build the local Neo4j: ${reason}. Install Java 17 and Maven, or set NEO4J_URI to a running Neo4j.`, { cause: error });
    }
  }
  return `${launcherJar}:${readFileSync(classpathFile, 'utf8').trim()}`;
}

// a classpath older than the pom or the launcher may name jars or classes that are gone
function isStale(): boolean {
  if (!existsSync(classpathFile) || !existsSync(launcherJar)) return true;
  const built = Math.min(statSync(classpathFile).mtimeMs, statSync(launcherJar).mtimeMs);
  return sources.some((file) => statSync(file).mtimeMs > built);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  resolveClasspath();
}
