// the list with a name filter, started from the official_names index (filter.lookup) instead of every Official
CALL db.index.fulltext.queryNodes('official_names', $filter.lookup) YIELD node AS o
// @include filter/official
// @page
// @include order/official
RETURN o {.*} AS node
// @count
RETURN count(o) AS total
