// co-attendance, as Query.coAttendance counts it: the same meeting, the same town group at one
// meeting, or the same town visited as one article reports it
UNWIND $keys AS key
MATCH (me:Official {key: key})
CALL (me) {
  MATCH (me)-[a:ATTENDED]->(place)<-[b:ATTENDED]-(o:Official)
  WHERE o <> me AND (place:Meeting OR coalesce(a.meeting, a.article) = coalesce(b.meeting, b.article))
  WITH DISTINCT o
  // @include filter/official
  // @page
  // @include order/official
  RETURN collect(o {.*}) AS result
  // @count
  RETURN count(o) AS result
  // @end
}
RETURN key, result
