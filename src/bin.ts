#!/usr/bin/env node
import { main } from "./cli.js";

main(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: process.stdin,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY === true,
}).then((code) => {
  process.exitCode = code;
});
