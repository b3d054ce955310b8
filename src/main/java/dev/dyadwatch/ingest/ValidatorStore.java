package dev.dyadwatch.ingest;

import dev.dyadwatch.ingest.fetch.Validators;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The ETag and Last-Modified last seen for each feed URL, sent back as a conditional GET on the next poll. */
public interface ValidatorStore {

    /** The validators last stored for {@code url}, or {@link Validators#NONE}. */
    Validators get(String url);

    /** Stores what the server answered for {@code url}. */
    void put(String url, Validators validators);

    /** A store kept in memory, for one process. */
    static ValidatorStore inMemory() {
        Map<String, Validators> byUrl = new ConcurrentHashMap<>();
        return new ValidatorStore() {
            @Override
            public Validators get(String url) {
                return byUrl.getOrDefault(url, Validators.NONE);
            }

            @Override
            public void put(String url, Validators validators) {
                byUrl.put(url, validators);
            }
        };
    }
}
