package it.percorsi.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * Child process of {@link CrashDurabilityTest}: writes rows one transaction at a time and prints
 * "ACK n" only after the commit returned, as the portal confirms a save only after its commit.
 * The parent kills it with SIGKILL at a random moment.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int start = Integer.parseInt(args[1]);
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table if not exists acked (id int primary key, payload varchar(200))");
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into acked (id, payload) values (?, ?)")) {
                for (int i = start; ; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "a saved note " + i);
                    insert.executeUpdate();
                    c.commit();
                    System.out.println("ACK " + i);
                    System.out.flush();
                    Thread.sleep(2);
                }
            }
        }
    }
}
