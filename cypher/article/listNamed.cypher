// the list with a title filter, started from the article_titles index (filter.lookup) instead of every Article
CALL db.index.fulltext.queryNodes('article_titles', $filter.lookup) YIELD node AS a
// @include filter/article
// @page
WITH a, CASE $sort WHEN 'TITLE' THEN a.title WHEN 'INGESTED_AT' THEN a.ingestedAt ELSE a.date END AS sortKey
ORDER BY CASE WHEN $descending THEN null ELSE sortKey END, CASE WHEN $descending THEN sortKey END DESC, a.id
SKIP $offset LIMIT $limit
RETURN a {.*, key: a.id} AS node
// @count
RETURN count(a) AS total
