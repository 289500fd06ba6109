import { expand, input } from '@inquirer/prompts';
import { createInterface } from 'node:readline';
import { PassThrough, Writable, type Readable } from 'node:stream';

/** A key that answers a choice: a lower-case letter (`h` is the prompt's own help). */
export type ChoiceKey =
  | 'a'
  | 'b'
  | 'c'
  | 'd'
  | 'e'
  | 'f'
  | 'g'
  | 'i'
  | 'j'
  | 'k'
  | 'l'
  | 'm'
  | 'n'
  | 'o'
  | 'p'
  | 'q'
  | 'r'
  | 's'
  | 't'
  | 'u'
  | 'v'
  | 'w'
  | 'x'
  | 'y'
  | 'z';

/** The prompts the review asks, answered at a terminal or from piped lines (one answer a line). */
export interface Prompts {
  /** One of a few actions, by key. */
  choose<T extends string>(
    message: string,
    choices: ReadonlyArray<{ key: ChoiceKey; name: string; value: T }>,
    fallback: T,
  ): Promise<T>;
  /** A line of text, with the current value as the default (an empty answer keeps it). */
  text(message: string, current: string, validate?: (value: string) => true | string): Promise<string>;
  close(): void;
}

/** An answer piped in failed its check: there is no one to ask again. */
export class PipedAnswerError extends Error {}

/**
 * Prompts on `@inquirer/prompts`. At a terminal they are its ordinary prompts. With piped input the
 * library's own reader would swallow every line at the first question, so each question is given a
 * stream holding exactly the next line (`printf 'a\nr\n' | npm run review` answers two questions);
 * the library still reads and resolves the answer, but its keystroke-by-keystroke screen goes
 * nowhere and a plain transcript line (`? question  answer`) is written instead, so the output reads
 * like the session it was. A piped answer that fails validation is a `PipedAnswerError`.
 */
export function terminalPrompts(
  stdin: Readable & { isTTY?: boolean } = process.stdin,
  stdout: { write(text: string): unknown } & Partial<NodeJS.WritableStream> = process.stdout,
): Prompts {
  const piped = !stdin.isTTY;
  const lines = piped ? createInterface({ input: stdin, terminal: false })[Symbol.asyncIterator]() : undefined;
  const nowhere = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  const context = async () => {
    if (!lines) return { input: stdin, output: stdout as NodeJS.WritableStream };
    const next = await lines.next();
    const stream = new PassThrough();
    // Written after the prompt has started listening, so the line is read as typed keys.
    setImmediate(() => stream.end(`${next.done ? '' : next.value}\n`));
    return { input: stream, output: nowhere() };
  };
  const transcript = (message: string, answer: string) => {
    if (piped) stdout.write(`? ${message}  ${answer}\n`);
  };
  return {
    async choose(message, choices, fallback) {
      const keys = choices.map((c) => c.key).join('/');
      const value = await expand(
        {
          message,
          default: choices.find((c) => c.value === fallback)?.key ?? choices[0]?.key,
          choices: choices.map((c) => ({ key: c.key, name: c.name, value: c.value })),
        },
        await context(),
      );
      transcript(`${message} [${keys}]`, choices.find((c) => c.value === value)?.name ?? value);
      return value;
    },
    async text(message, current, validate) {
      // Piped answers are checked here: the prompt would wait for a second try that never comes.
      const answer = await input(
        { message, default: current, ...(validate && !piped ? { validate } : {}) },
        await context(),
      );
      transcript(message, answer === '' ? '(empty)' : answer);
      if (piped && validate) {
        const verdict = validate(answer);
        if (verdict !== true) throw new PipedAnswerError(`${message}: “${answer}” — ${verdict}`);
      }
      return answer;
    },
    close() {
      if (lines) void lines.return?.();
    },
  };
}
