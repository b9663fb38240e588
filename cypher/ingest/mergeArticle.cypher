// each article is written first and locked (SET takes its write lock; the loader sends them sorted by id,
// so two batches never wait on each other in a cycle), so a delete of the same article waits for this
// load or this load for the delete; an article a delete removed after MERGE found it reads back without
// its id, and no row comes back for it: the loader retries. The dates are set on every load, so a
// re-extraction with a better date reader dates articles already stored
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
ON CREATE SET a:Node, a.gid = 'Article:' + article.id, a.title = article.title, a.source = article.source, a.text = article.text,
  a.ingestedAt = $now, a.loadId = $loadId
SET a.lockedAt = $now, a.date = article.date, a.dateSource = article.dateSource, a.eventDate = article.eventDate,
  a.eventDateSource = article.eventDateSource
WITH a, article
WHERE a.id = article.id
RETURN article.id AS id, a.loadId = $loadId AS created, a {.*} AS article
