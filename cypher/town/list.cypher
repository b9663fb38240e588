MATCH (t:Town)
// @include filter/town
// @page
// @include order/town
RETURN t {.*} AS node
// @count
RETURN count(t) AS total
