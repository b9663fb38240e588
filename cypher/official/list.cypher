MATCH (o:Official)
// @include filter/official
// @page
// @include order/official
RETURN o {.*} AS node
// @count
RETURN count(o) AS total
