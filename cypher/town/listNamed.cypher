// the list with a name filter, started from the town_names index (filter.lookup) instead of every Town
CALL db.index.fulltext.queryNodes('town_names', $filter.lookup) YIELD node AS t
// @include filter/town
// @page
// @include order/town
RETURN t {.*} AS node
// @count
RETURN count(t) AS total
