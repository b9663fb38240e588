MATCH (m:Meeting)
// @include filter/meeting
// @page
// @include order/meeting
RETURN m {.*} AS node
// @count
RETURN count(m) AS total
