// the list with a name filter, started from the slogan_names index (filter.lookup) instead of every Slogan
CALL db.index.fulltext.queryNodes('slogan_names', $filter.lookup) YIELD node AS s
// @include filter/phrase
// @page
// @include order/phrase
RETURN s {.*} AS node
// @count
RETURN count(s) AS total
