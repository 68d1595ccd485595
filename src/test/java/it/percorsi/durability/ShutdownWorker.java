package it.percorsi.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

/**
 * Child process of {@link ShutdownOrderTest}: opens the portal's H2 URL and, like the portal's own shutdown (Tomcat
 * finishing its requests, Spring closing the beans that still write: the event publication registry, the start-up
 * content check), uses the database from a shutdown hook a moment after SIGTERM. Prints what that last query got.
 */
public final class ShutdownWorker {

    private ShutdownWorker() {
    }

    public static void main(String[] args) throws Exception {
        Connection c = DriverManager.getConnection(args[0], "sa", "");
        c.createStatement().execute("create table if not exists closing (id int primary key)");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Thread.sleep(500);
                try (ResultSet r = c.createStatement().executeQuery("select count(*) from closing")) {
                    r.next();
                    System.out.println("AFTER SIGTERM: OK " + r.getInt(1));
                }
                c.close();
            } catch (Exception e) {
                System.out.println("AFTER SIGTERM: FAILED " + e.getMessage());
            }
            System.out.flush();
        }));
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(120_000);
    }
}
