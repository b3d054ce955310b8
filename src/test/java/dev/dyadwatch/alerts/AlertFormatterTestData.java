package dev.dyadwatch.alerts;

import dev.dyadwatch.avro.DyadAlert;

/** Alert records written for tests of other packages. */
public final class AlertFormatterTestData {

    private AlertFormatterTestData() {
    }

    /** A complete OPENED alert of {@code dyad}. */
    public static DyadAlert alert(String dyad) {
        DyadAlert alert = AlertFormatterTest.alert();
        return DyadAlert.newBuilder(alert).setDyad(dyad).setAlertId(dyad + "@2024-05-08T14:00:00Z").build();
    }
}
