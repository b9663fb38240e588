// entities an article stopped supporting: those no article CONTAINS any more go; the others keep
// only the aliases and titles their remaining articles give
UNWIND $gids AS gid
MATCH (e:Node {gid: gid})
CALL (e) {
  MATCH (e)<-[c:CONTAINS]-(:Article)
  WITH e, collect(c) AS supports
  WITH e, reduce(acc = [], t IN reduce(all = [], c IN supports | all + coalesce(c.titles, [])) | CASE WHEN t IN acc THEN acc ELSE acc + t END) AS titles,
    reduce(acc = [], t IN reduce(all = [], c IN supports | all + coalesce(c.aliases, [])) | CASE WHEN t IN acc OR t = e.name THEN acc ELSE acc + t END) AS aliases
  SET e.aliases = aliases, e.aliasText = reduce(text = '', t IN aliases | text + ' ' + t),
    e.titles = CASE WHEN e:Official THEN titles ELSE e.titles END
  RETURN count(*) AS kept
}
CALL (e) {
  WITH e WHERE NOT EXISTS { (e)<-[:CONTAINS]-(:Article) }
  DETACH DELETE e
  RETURN count(*) AS removed
}
RETURN sum(removed) AS entitiesDeleted
