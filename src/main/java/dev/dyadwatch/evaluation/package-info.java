/**
 * End-to-end evaluations without Kafka: generated scenarios and the sample corpus read as ingest reads them, coded
 * by the enrich stage's coder (or by their ground truth), replayed through the dyad stage's engine and scored
 * against the rises their truth plants ({@code dyadwatch evaluate-alerts}).
 */
package dev.dyadwatch.evaluation;
