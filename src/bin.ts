#!/usr/bin/env node
import { main } from "./cli.js";

// A reader that stops early (`jobpostlint ... | head`) closes the pipe, and Node would end the run with an unhandled
// 'error' and a stack trace. Nothing more can be delivered: stop quietly, as tools stopped by SIGPIPE do, with the exit
// code of output that could not be written. Any other failure to write is one line on stderr.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE" && stream === process.stdout) process.stderr.write(`jobpostlint: cannot write the output: ${error.message}\n`);
    process.exit(2);
  });
}

// An error no call of the run awaits: a plugin's timer or promise that fails after its rule returned (plugin rules
// run here with --plugin-timeout 0). One line and exit 2, as for any failure, not Node's stack trace and exit 1.
for (const event of ["uncaughtException", "unhandledRejection"] as const) {
  process.on(event, (error: unknown) => {
    process.stderr.write(`jobpostlint: uncaught error: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}\n`);
    process.exit(2);
  });
}

// Node ends a process whose event loop has nothing left to do, exit code 0, even while `main` still waits: on a
// configuration, plugin or formatter whose promise never settles. A run that never finished must not pass.
// ("beforeExit" comes only then, not on process.exit(), with which the language server ends.)
let finished = false;
process.on("beforeExit", () => {
  if (finished) return;
  process.stderr.write("jobpostlint: the run stopped unfinished: a configuration, plugin or formatter returned a promise that never settles\n");
  process.exitCode = 2;
});

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: process.stdin,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
}).then((code) => {
  finished = true;
  process.exitCode = code;
});
