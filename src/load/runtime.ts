/**
 * Loading a content pack at run time, for `<support-finder src="...">`. This module is only
 * ever imported dynamically, so it and everything it needs (the YAML parser, the validator,
 * marked) form a separate chunk that the default embed never downloads.
 *
 * `src` is either a compiled pack (`.json`, from `support-finder build`) or a pack's index file
 * (`pack.yaml`, listing its Markdown files), which is parsed here with exactly the checks the
 * editors' command runs.
 */
import { createMarkdown } from '../content/markdown.js';
import { MAX_COMPILED_LENGTH, validateCompiled } from '../content/compiled.js';
import { MAX_FILE_LENGTH } from '../content/split.js';
import { MAX_PACK_LENGTH, MAX_PARALLEL_FETCHES } from '../content/limits.js';
import { listedFiles, loadableFiles } from '../content/pack-index.js';
import { checkPack } from '../check/check-pack.js';
import type { Guide } from '../content/schema.js';
import type { ContentProblem } from '../content/problem.js';
import type { ErrorReason } from '../guide/announcements.js';

/** Every way a load can fail; the widget adds `no-content` for an element given nothing to load. */
export type LoadFailure = Exclude<ErrorReason, 'no-content'>;

export interface LoadResult {
  guide?: Guide;
  problems: ContentProblem[];
  failure?: LoadFailure;
  /** A short technical description for the console; never shown to staff. */
  detail?: string;
}

export interface LoadOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Today's date (YYYY-MM-DD) for review-date warnings. */
  today?: string;
}

class LoadError extends Error {
  constructor(
    readonly failure: LoadFailure,
    detail: string,
  ) {
    super(detail);
  }
}

/**
 * The body of `url` as text, read as it arrives and cut off past `max` characters: a huge or
 * endless answer is refused at once instead of being held in memory whole.
 */
async function fetchText(url: URL, signal: AbortSignal, max: number): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', redirect: 'follow' });
  } catch (error) {
    if (signal.aborted) throw new LoadError('timeout', `${url.pathname}: no answer in time`);
    throw new LoadError('network', `${url.pathname}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new LoadError('http', `${url.pathname}: HTTP ${response.status}`);
  const tooBig = () => new LoadError('invalid-content', `${url.pathname}: more than ${max} characters`);
  if (Number(response.headers.get('content-length')) > max * 4) throw tooBig();
  try {
    if (!response.body) return await response.text();
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let text = '';
    for (;;) {
      const { done, value } = await reader.read();
      text += decoder.decode(value, { stream: !done });
      if (text.length > max) {
        void reader.cancel().catch(() => undefined);
        throw tooBig();
      }
      if (done) return text;
    }
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(signal.aborted ? 'timeout' : 'network', `${url.pathname}: ${(error as Error).message}`);
  }
}

/** The files a pack index lists, as paths relative to it. Anything odd is refused. */
export function readIndex(text: string): string[] {
  const files = loadableFiles(listedFiles(text));
  if ('problem' in files) throw new LoadError('invalid-content', files.problem);
  return files.names;
}

/** A compiled pack (`support-finder build` output), checked as untrusted input. */
function readCompiled(text: string, url: URL): LoadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new LoadError('invalid-json', `${url.pathname}: ${(error as Error).message}`);
  }
  const { guide, issues } = validateCompiled(value);
  if (!guide) throw new LoadError('invalid-content', `${url.pathname}: ${issues.join('; ')}`);
  return { guide, problems: [] };
}

/** The Markdown files an index lists, fetched beside it and keyed by their paths as served. */
async function fetchFiles(names: string[], index: URL, controller: AbortController): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  let total = 0;
  // A few at a time, as a browser would for images: never thousands of requests at once.
  let next = 0;
  const worker = async () => {
    while (next < names.length) {
      const name = names[next++]!;
      // Keyed by the path as served ("content/guide.md"), so problems point at the real file.
      const fileUrl = new URL(name, index);
      // One character over the limit is enough for the check to report the file as too large.
      const text = await fetchText(fileUrl, controller.signal, MAX_FILE_LENGTH + 1);
      total += text.length;
      if (total > MAX_PACK_LENGTH)
        throw new LoadError('invalid-content', `the pack is more than ${MAX_PACK_LENGTH} characters`);
      files[decodeURIComponent(fileUrl.pathname).replace(/^\//, '')] = text;
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(MAX_PARALLEL_FETCHES, names.length) }, worker));
  } catch (error) {
    controller.abort();
    throw error;
  }
  return files;
}

export async function loadPack(src: string, options: LoadOptions): Promise<LoadResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  const abort = () => controller.abort();
  options.signal?.addEventListener('abort', abort);
  if (options.signal?.aborted) controller.abort();
  try {
    const url = new URL(src, document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      throw new LoadError('invalid-content', `"${src}" is not a web address`);
    const json = /\.json$/i.test(url.pathname);
    const text = await fetchText(url, controller.signal, json ? MAX_COMPILED_LENGTH : MAX_FILE_LENGTH);
    if (json) return readCompiled(text, url);
    const files = await fetchFiles(readIndex(text), url, controller);
    const today = options.today ?? new Date().toISOString().slice(0, 10);
    const result = checkPack(files, { markdown: createMarkdown(), today });
    return result.guide
      ? { guide: result.guide, problems: result.problems }
      : { problems: result.problems, failure: 'invalid-content', detail: `${result.problems.length} content problems` };
  } catch (error) {
    if (error instanceof LoadError) return { problems: [], failure: error.failure, detail: error.message };
    return { problems: [], failure: 'invalid-content', detail: String(error) };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  }
}
