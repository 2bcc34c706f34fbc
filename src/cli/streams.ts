/**
 * The CLI's standard streams. The ones handed out here are the ones the exit waits for (see main.ts).
 */
const opened = new Set<NodeJS.WriteStream>();

export function stdoutStream(): NodeJS.WriteStream {
  const stream = process.stdout;
  if (!opened.has(stream)) {
    opened.add(stream);
    stream.on('error', (e: NodeJS.ErrnoException) => {
      // `policy-cascade … | head`: a closed pipe is not an error worth a message
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
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

export function writeStdout(content: string | Uint8Array): void {
  stdoutStream().write(content);
}
