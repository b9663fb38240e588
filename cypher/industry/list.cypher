MATCH (s:Industry)
// @include filter/phrase
// @page
// @include order/phrase
RETURN s {.*} AS node
// @count
RETURN count(s) AS total
