// the meetings an article's attendances belong to, met directly or through a town's group: the ones
// whose dates may change when the article goes or changes
MATCH ()-[r:ATTENDED {article: $id}]->(x)
WITH CASE WHEN x:Meeting THEN x.key ELSE r.meeting END AS meeting
WHERE meeting IS NOT NULL
RETURN collect(DISTINCT meeting) AS meetings
