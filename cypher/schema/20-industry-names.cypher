// keyword keeps each name and alias whole: a lookup or filter by name (or by an alias, which a range
// index cannot see inside a list) seeks this index instead of scanning every Industry
CREATE FULLTEXT INDEX industry_names IF NOT EXISTS
FOR (n:Industry) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false}}
