import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs the genuine Neo4j Community 5.26 DBMS with its Bolt connector, so that
 * neo4j-driver, cypher-shell and every Bolt tool talk to it unchanged.
 * Why a launcher: the standalone server tarball cannot be downloaded here, but
 * the engine and Bolt are on Maven Central. Settings come from the environment
 * (set by scripts/db.ts): NEO4J_HOME_DIR, NEO4J_BOLT_HOST, NEO4J_BOLT_PORT,
 * NEO4J_PASSWORD, NEO4J_HEAP_HINT is left to -Xmx on the java command line.
 */
public final class NewsgraphNeo4j {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(env("NEO4J_HOME_DIR", ".neo4j/home")).toAbsolutePath();
    String host = env("NEO4J_BOLT_HOST", "127.0.0.1");
    int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
    String password = env("NEO4J_PASSWORD", "");
    if (password.length() < 8) {
      System.err.println("NEO4J_PASSWORD must be at least 8 characters (Neo4j 5 rule)");
      System.exit(2);
    }
    Files.createDirectories(home);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(5))
        .setConfig(GraphDatabaseSettings.pagecache_memory, org.neo4j.io.ByteUnit.parse(env("NEO4J_PAGECACHE", "512m")))
        .build();

    // Keep the neo4j user's password equal to the configured one on every start,
    // so changing NEO4J_PASSWORD in .env takes effect without wiping data.
    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    system.executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));

    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("newsgraph-neo4j: shutting down");
      dbms.shutdown();
    }));
    String version = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
        .executeTransactionally("CALL dbms.components() YIELD versions RETURN versions[0] AS v", Map.of(),
            r -> r.next().get("v").toString());
    System.out.println("newsgraph-neo4j: Neo4j " + version + " ready, bolt://" + host + ":" + port);
    Thread.currentThread().join();
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isEmpty() ? fallback : v;
  }
}
