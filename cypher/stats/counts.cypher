// one count-store lookup per label and type (constant time, whatever the graph's size), not a
// scan of every node and edge; labels and types with no elements are left out
CALL {
  MATCH (n:Official) RETURN 'node' AS kind, 'Official' AS label, count(n) AS count
  UNION ALL MATCH (n:Town) RETURN 'node' AS kind, 'Town' AS label, count(n) AS count
  UNION ALL MATCH (n:Slogan) RETURN 'node' AS kind, 'Slogan' AS label, count(n) AS count
  UNION ALL MATCH (n:Industry) RETURN 'node' AS kind, 'Industry' AS label, count(n) AS count
  UNION ALL MATCH (n:Meeting) RETURN 'node' AS kind, 'Meeting' AS label, count(n) AS count
  UNION ALL MATCH (n:Article) RETURN 'node' AS kind, 'Article' AS label, count(n) AS count
  UNION ALL MATCH (n:Node) RETURN 'node' AS kind, 'Node' AS label, count(n) AS count
  UNION ALL MATCH ()-[r:ATTENDED]->() RETURN 'edge' AS kind, 'ATTENDED' AS label, count(r) AS count
  UNION ALL MATCH ()-[r:DIRECTED]->() RETURN 'edge' AS kind, 'DIRECTED' AS label, count(r) AS count
  UNION ALL MATCH ()-[r:MENTIONS]->() RETURN 'edge' AS kind, 'MENTIONS' AS label, count(r) AS count
  UNION ALL MATCH ()-[r:CONTAINS]->() RETURN 'edge' AS kind, 'CONTAINS' AS label, count(r) AS count
}
WITH kind, label, count
WHERE count > 0
RETURN kind, label, count
ORDER BY kind, label
