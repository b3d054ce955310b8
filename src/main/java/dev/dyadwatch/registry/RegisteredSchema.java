package dev.dyadwatch.registry;

import org.apache.avro.Schema;

/**
 * A schema as registered under a subject.
 *
 * @param subject the subject, e.g. {@code articles-raw-value}
 * @param version the version of the schema under the subject, from 1
 * @param id the registry-wide schema id written into every record
 * @param schema the parsed Avro schema
 */
public record RegisteredSchema(String subject, int version, int id, Schema schema) {
}
