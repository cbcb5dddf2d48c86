import type { Importer, RecordSink } from '../../contract.js';

/** The same importer with the sink's bulk stage hidden, so it takes the row path (the oracle). */
export function rowOnly<O>(importer: Importer<O>): Importer<O> {
  return {
    ...importer,
    run: (input, options, sink, progress) => {
      const plain: RecordSink = {
        entity: (d, at) => sink.entity(d, at),
        event: (d, at) => sink.event(d, at),
        link: (d, at) => sink.link(d, at),
        alias: (d, at) => sink.alias(d, at),
        reject: (d) => sink.reject(d),
      };
      return importer.run(input, options, plain, progress);
    },
  };
}
