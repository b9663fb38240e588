// keyword keeps each name and alias whole: a lookup or filter by name (or by an alias, which a range
// index cannot see inside a list) seeks this index instead of scanning every Town
CREATE FULLTEXT INDEX town_names IF NOT EXISTS
FOR (n:Town) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false}}
