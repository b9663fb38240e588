// every node the API can name carries :Node and its global id (Label:key), so node(id:), paths and
// neighbourhoods find any node through one index whatever its label
CREATE CONSTRAINT node_gid IF NOT EXISTS FOR (n:Node) REQUIRE n.gid IS UNIQUE
