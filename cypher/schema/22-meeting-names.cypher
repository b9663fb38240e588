// keyword keeps each name and alias whole: a lookup or filter by name (or by an alias, which a range
// index cannot see inside a list) seeks this index instead of scanning every Meeting
CREATE FULLTEXT INDEX meeting_names IF NOT EXISTS
FOR (n:Meeting) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false}}
