import type { ResultStream, StreamContext, StreamingFormatter } from "./types.js";

/** A formatter written as a stream; given every result at once, it is the same stream run to its end. */
export function streamed(open: (context: StreamContext) => ResultStream): StreamingFormatter {
  const formatter = (...[results, context]: Parameters<StreamingFormatter>) => {
    const stream = open(context);
    let out = "";
    for (const result of results) out += stream.file(result);
    return out + stream.end(context.maxWarningsExceeded);
  };
  return Object.assign(formatter, { stream: open });
}
