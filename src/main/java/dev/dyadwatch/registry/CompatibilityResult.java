package dev.dyadwatch.registry;

import java.util.List;

/**
 * The answer to "may this schema be registered under that subject?".
 *
 * @param compatible true when the registry would accept the schema
 * @param messages why it would not (empty when compatible or when the registry gave no reasons)
 */
public record CompatibilityResult(boolean compatible, List<String> messages) {

    public CompatibilityResult {
        messages = List.copyOf(messages);
    }
}
