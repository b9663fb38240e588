// one row per reported event, in the shape a spreadsheet reader expects: who, what, where, whence
MATCH (from)-[r:ATTENDED|DIRECTED|MENTIONS]->(to)
MATCH (a:Article {id: r.article})
OPTIONAL MATCH (spokenAt:Town {key: r.town})
OPTIONAL MATCH (meeting:Meeting {key: r.meeting})
RETURN r.date AS date,
  CASE WHEN from:Official THEN from.name END AS official,
  CASE WHEN from:Official THEN from.jurisdiction END AS jurisdiction,
  r.role AS role,
  type(r) AS relation,
  CASE WHEN to:Town THEN to.name WHEN from:Town THEN from.name ELSE spokenAt.name END AS town,
  coalesce(meeting.name, CASE WHEN to:Meeting THEN to.name END) AS meeting,
  CASE WHEN to:Slogan THEN to.name END AS slogan,
  CASE WHEN to:Industry THEN to.name END AS industry,
  r.points AS points,
  a.title AS articleTitle, a.source AS articleSource, r.article AS articleId,
  r.sentence AS evidence, r.start AS start, r.end AS end
ORDER BY date, articleId, start, relation
