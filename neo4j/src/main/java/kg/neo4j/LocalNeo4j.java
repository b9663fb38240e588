package kg.neo4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts an embedded Neo4j Community DBMS that answers Bolt on loopback, for machines without
 * Docker. Configured by arguments, not files, so the TypeScript wrapper owns every setting:
 * --home DIR --port N --page-cache SIZE [--tx-timeout DURATION] [--watch-stdin], and the password
 * as the first line of stdin: on the command line, any local user could read it in the process list.
 */
public final class LocalNeo4j {
    static final String READY_LINE = "LocalNeo4j ready on bolt://127.0.0.1:";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parseOptions(args);
        Path home = Path.of(require(options, "home")).toAbsolutePath();
        int port = Integer.parseInt(require(options, "port"));
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String password = stdin.readLine();
        if (password == null) {
            fail("expected the password as the first line of stdin, got end of input");
        }
        if (password.length() < 8) {
            fail("the password must have at least 8 characters (Neo4j's minimum), got " + password.length());
        }

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory,
                        org.neo4j.io.ByteUnit.parse(options.getOrDefault("page-cache", "256m")))
                .setConfig(GraphDatabaseSettings.transaction_timeout,
                        java.time.Duration.parse("PT" + options.getOrDefault("tx-timeout", "60s").toUpperCase()))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "local-neo4j-shutdown"));

        setPassword(dbms, password);
        System.out.println(READY_LINE + port + " (data in " + home + ")");
        System.out.flush();

        if (options.containsKey("watch-stdin")) {
            // the parent holds our stdin open: EOF means it died without stopping us, so stop too
            drain(stdin);
            System.exit(0);
        }
        stopped.await();
    }

    // the initial user must not be left on the default password, nor forced to change it at first login
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            if (!isSamePassword(e)) {
                throw e;
            }
        }
    }

    // a restart with the password already set is not an error
    private static boolean isSamePassword(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Old password and new password cannot be the same")) {
                return true;
            }
        }
        return false;
    }

    private static void drain(BufferedReader in) throws IOException {
        while (in.readLine() != null) {
            // discard: only the end of the stream matters
        }
    }

    private static Map<String, String> parseOptions(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                fail("expected an option like --port, got '" + args[i] + "'");
            }
            String key = args[i].substring(2);
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            options.put(key, hasValue ? args[++i] : "true");
        }
        return options;
    }

    private static String require(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null) {
            fail("missing required option --" + key);
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println("LocalNeo4j: " + message);
        System.exit(2);
    }

    private LocalNeo4j() {}
}
