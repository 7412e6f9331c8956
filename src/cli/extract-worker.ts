/**
 * One extraction worker of `marsad extract`: builds the extraction resources once, then turns each batch of
 * articles it is sent into record lines (records.ts), in the order received.
 */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../pipeline/types.ts';
import { extractionResources } from './data.ts';
import { extractToLine, type ExtractedLine } from './records.ts';

export interface WorkerBatch {
  batch: number;
  articles: Article[];
}

export interface WorkerReply {
  batch: number;
  results: ExtractedLine[];
}

const port = parentPort;
if (port !== null) {
  const resources = extractionResources();
  port.on('message', (message: WorkerBatch) => {
    const results = message.articles.map((article) => extractToLine(article, resources));
    const reply: WorkerReply = { batch: message.batch, results };
    port.postMessage(reply);
  });
  port.postMessage('ready');
}
