import { writeSync } from 'node:fs';

/**
 * The CLI's standard streams. Node creates process.stdout and process.stderr on first access, and for a
 * pipe that loads its net module (≈3 ms of a cold call): a command that only prints its result writes it
 * with writeSync and never creates them. The streams handed out here are the ones the exit waits for.
 */
const opened = new Set<NodeJS.WriteStream>();
// (reading process.stdout to check would create it)
let stdoutOpened = false;

export function stdoutStream(): NodeJS.WriteStream {
  const stream = process.stdout;
  if (!stdoutOpened) {
    stdoutOpened = true;
    opened.add(stream);
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') closedPipe();
      throw e; // reported by the CLI's last-resort handler
    });
  }
  return stream;
}

export function stderrStream(): NodeJS.WriteStream {
  opened.add(process.stderr);
  return process.stderr;
}

/** The streams some output went through, which the process must let drain before it exits. */
export function openedStreams(): NodeJS.WriteStream[] {
  return [...opened];
}

/** Write to stdout: directly while its stream does not exist, else through it (keeping the order). */
export function writeStdout(content: string | Uint8Array): void {
  if (stdoutOpened) {
    process.stdout.write(content);
    return;
  }
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') closedPipe();
    // a non-blocking stdout that is full: node's stream waits for room
    if (code === 'EAGAIN') stdoutStream().write(bytes.subarray(done));
    else throw e;
  }
}

/** `policy-cascade … | head`: a closed pipe is not an error worth a message. */
function closedPipe(): never {
  process.exit(process.exitCode ?? 0);
}
