// writing a property takes the article's write lock: a delete, an ingest or a re-extraction of the
// same article that comes second waits for this transaction, then reads the article again; one a
// concurrent delete removed meanwhile reads back without its id, and no row is returned
MATCH (a:Article {id: $id})
SET a.lockedAt = $now
WITH a
WHERE a.id = $id
RETURN a {.id, .text, .title, .source, .date, .dateSource} AS article
