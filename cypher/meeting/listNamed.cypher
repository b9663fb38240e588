// the list with a name filter, started from the meeting_names index (filter.lookup) instead of every Meeting
CALL db.index.fulltext.queryNodes('meeting_names', $filter.lookup) YIELD node AS m
// @include filter/meeting
// @page
// @include order/meeting
RETURN m {.*} AS node
// @count
RETURN count(m) AS total
