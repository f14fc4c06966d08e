// Remembers the processes a start spawned, so that a start after `kill -9`
// of the previous one can clean up the orphaned web server first.
import fs from "node:fs";

export function isAlive(pid: number, cmdlineIncludes?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (!cmdlineIncludes) return true;
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(cmdlineIncludes);
  } catch {
    return true;
  }
}

export async function killStale(runFile: string, log: (l: string) => void) {
  if (!fs.existsSync(runFile)) return;
  const previous = JSON.parse(fs.readFileSync(runFile, "utf8")) as { processes?: { pid: number; marker: string }[] };
  for (const { pid, marker } of previous.processes ?? []) {
    // the marker guards against a recycled pid now belonging to something else
    if (pid === process.pid || !isAlive(pid, marker)) continue;
    log(`stopping a process left over from an earlier run (pid ${pid}, ${marker})`);
    process.kill(pid, "SIGTERM");
    for (let i = 0; i < 50 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
  }
  fs.rmSync(runFile, { force: true });
}

export function remember(runFile: string, processes: { pid: number; marker: string }[]) {
  fs.writeFileSync(runFile, JSON.stringify({ processes, at: new Date().toISOString() }));
}
