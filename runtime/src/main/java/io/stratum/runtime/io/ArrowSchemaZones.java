package io.stratum.runtime.io;

import java.io.ByteArrayInputStream;
import java.nio.channels.Channels;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.apache.arrow.vector.ipc.ReadChannel;
import org.apache.arrow.vector.ipc.message.MessageSerializer;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * The time zones of a Parquet file's timestamp columns as pyarrow stored them: Parquet itself only says that a
 * timestamp is a UTC instant; the zone (which pandas shows it in) is in the Arrow schema pyarrow writes into the
 * file's key-value metadata under {@code ARROW:schema}.
 */
final class ArrowSchemaZones {
    private ArrowSchemaZones() {
    }

    /** Column name to pandas' zone name, for the time-zone-aware timestamp columns of the stored Arrow schema. */
    static Map<String, String> of(Map<String, String> keyValueMetadata) {
        Map<String, String> zones = new HashMap<>();
        String encoded = keyValueMetadata == null ? null : keyValueMetadata.get("ARROW:schema");
        if (encoded == null) {
            return zones;
        }
        Schema schema;
        try {
            byte[] bytes = Base64.getDecoder().decode(encoded);
            schema = MessageSerializer.deserializeSchema(new ReadChannel(Channels.newChannel(new ByteArrayInputStream(bytes))));
        } catch (RuntimeException | java.io.IOException e) {
            return zones; // an unreadable schema: the instants are shown in UTC, as readers without it do
        }
        for (Field f : schema.getFields()) {
            if (f.getType() instanceof ArrowType.Timestamp ts && ts.getTimezone() != null) {
                zones.put(f.getName(), pandasZone(ts.getTimezone()));
            }
        }
        return zones;
    }

    /** pandas' name of an Arrow time zone: fixed offsets such as {@code +02:00} become {@code UTC+02:00}. */
    static String pandasZone(String arrowZone) {
        if (arrowZone == null) {
            return null;
        }
        return arrowZone.matches("[+-]\\d{2}:\\d{2}") ? "UTC" + arrowZone : arrowZone;
    }
}
