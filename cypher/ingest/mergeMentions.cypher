// one edge per occurrence: (article, start offset) tells two reports of the same fact apart
UNWIND $rows AS row
MATCH (from) WHERE elementId(from) = row.from
MATCH (to) WHERE elementId(to) = row.to
MERGE (from)-[r:MENTIONS {article: row.articleId, start: row.evidence.start}]->(to)
ON CREATE SET r.loadId = $loadId
SET r += row.properties, r.sentence = row.evidence.sentence, r.end = row.evidence.end
RETURN row.articleId AS articleId, count(CASE WHEN r.loadId = $loadId THEN 1 END) AS created, count(*) AS total
