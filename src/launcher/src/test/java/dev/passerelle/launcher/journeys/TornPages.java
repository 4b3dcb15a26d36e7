package dev.passerelle.launcher.journeys;

import dev.passerelle.common.db.H2Urls;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.Page;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.LongDataType;

/**
 * Damages a closed H2 database file as a torn write does, on the pages of one table, found with H2's
 * own reader: a page whose first bytes are zeros no longer reads back ({@link #zeroHead}), a page whose
 * second half is zeros still reads but its rows' values are gone ({@link #zeroTail}). A table's rows
 * live in an MVStore map keyed by the row's BIGINT primary key; the table is the map with as many rows
 * as it, whose separating keys lie between its first and last key. Only keys and page positions are
 * read: rows are left unread. By hand, on a closed store (to time {@code crm-sync store repair} on a
 * large one): {@code java -cp "src/launcher/target/test-classes:src/launcher/target/lib/*"
 * dev.passerelle.launcher.journeys.TornPages DIR/crm contact}.
 */
final class TornPages {

    private static final int BLOCK = 4096;

    private TornPages() {
    }

    /** Zeros the head of the middle page under the root of table {@code args[1]} of the H2 database {@code args[0]}. */
    public static void main(String[] args) throws SQLException {
        Path location = Path.of(args[0]).toAbsolutePath();
        long rows;
        long first;
        long last;
        try (Connection connection = DriverManager.getConnection(H2Urls.readOnly(H2Urls.file(location)));
             ResultSet extent = connection.createStatement().executeQuery("SELECT COUNT(*), MIN(id), MAX(id) FROM " + args[1])) {
            extent.next();
            rows = extent.getLong(1);
            first = extent.getLong(2);
            last = extent.getLong(3);
        }
        Path file = location.resolveSibling(location.getFileName() + ".mv.db");
        List<Long> pages = pagesOf(file, rows, first, last);
        zeroHead(file, pages.get(pages.size() / 2));
        System.out.println("zeroed the head of page " + (pages.size() / 2 + 1) + " of " + pages.size() + " under the root of "
                + args[1] + " (" + rows + " rows) in " + file);
    }

    /** File offsets of the pages under the root page of the table holding {@code rows} rows, keys in [first, last]. */
    static List<Long> pagesOf(Path file, long rows, long first, long last) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            List<List<Long>> found = new ArrayList<>();
            for (String name : store.getMapNames()) {
                if (!name.startsWith("table.")) {
                    continue;
                }
                MVMap<Long, Object> map = store.openMap(name, new MVMap.Builder<Long, Object>().keyType(LongDataType.INSTANCE)
                        .valueType(new Unread()));
                Page<Long, Object> root = map.getRootPage();
                if (root.isLeaf() || root.getTotalCount() != rows || !keysWithin(root, first, last)) {
                    continue;
                }
                List<Long> offsets = new ArrayList<>();
                for (int child = 0; child < root.getRawChildPageCount(); child++) {
                    offsets.add(offset(store, root.getChildPagePos(child)));
                }
                found.add(offsets);
            }
            if (found.size() != 1) {
                throw new IllegalStateException(found.size() + " tables of " + rows + " rows over several pages, keys "
                        + first + " to " + last + ": cannot tell which to damage");
            }
            return found.get(0);
        } finally {
            store.close();
        }
    }

    /** Zeros the first bytes of the page at {@code offset}: its length and check, so that it no longer reads back. */
    static void zeroHead(Path file, long offset) {
        write(file, offset, new byte[16]);
    }

    /** Zeros the second half of the page at {@code offset}, its head left whole. */
    static void zeroTail(Path file, long offset) {
        try (RandomAccessFile data = new RandomAccessFile(file.toFile(), "rw")) {
            data.seek(offset);
            int length = data.readInt();
            data.seek(offset + length / 2);
            data.write(new byte[length - length / 2]);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static boolean keysWithin(Page<Long, Object> root, long first, long last) {
        for (int key = 0; key < root.getKeyCount(); key++) {
            if (root.getKey(key) < first || root.getKey(key) > last) {
                return false;
            }
        }
        return true;
    }

    /** Where a page is in the file: its chunk's first block, plus its offset within the chunk. */
    private static long offset(MVStore store, long position) {
        String chunk = store.getLayoutMap().get("chunk." + Integer.toHexString(DataUtils.getPageChunkId(position)));
        long block = Long.parseLong(DataUtils.parseMap(chunk).get("block"), 16);
        return block * BLOCK + DataUtils.getPageOffset(position);
    }

    private static void write(Path file, long offset, byte[] bytes) {
        try (RandomAccessFile data = new RandomAccessFile(file.toFile(), "rw")) {
            data.seek(offset);
            data.write(bytes);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** The rows of a table's map, left unread: a page's keys and children are all that is looked at. */
    private static final class Unread extends BasicDataType<Object> {
        @Override
        public int getMemory(Object value) {
            return 0;
        }

        @Override
        public void write(WriteBuffer buffer, Object value) {
            throw new UnsupportedOperationException("read only");
        }

        @Override
        public Object read(ByteBuffer buffer) {
            return null;
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }
}
