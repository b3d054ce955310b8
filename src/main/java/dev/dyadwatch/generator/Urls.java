package dev.dyadwatch.generator;

import java.time.LocalDate;
import java.util.Locale;

/** URLs and datelines as each outlet writes them. */
final class Urls {

    private Urls() {
    }

    /** The URL of article number {@code serial} of a run; the serial keeps every URL of a run unique. */
    static String article(Outlet outlet, LocalDate date, String title, long serial) {
        String slug = Prose.slug(title, 8);
        StringBuilder url = new StringBuilder(96).append("https://");
        switch (outlet.urlStyle()) {
            case DATE -> url.append(outlet.domain()).append('/').append(date.getYear()).append('/')
                    .append(twoDigits(date.getMonthValue())).append('/').append(twoDigits(date.getDayOfMonth()))
                    .append('/').append(slug).append('-').append(serial).append('/');
            case SECTION -> url.append(outlet.domain()).append("/news/world/").append(slug).append('-')
                    .append(serial);
            case STORY -> url.append(outlet.domain()).append("/story/").append(slug).append('-').append(serial)
                    .append(".html");
            case QUERY -> url.append("www.").append(outlet.domain()).append("/world/").append(slug)
                    .append("?id=").append(serial).append("&utm_source=feed&utm_medium=rss");
            default -> throw new IllegalStateException("unhandled URL style " + outlet.urlStyle());
        }
        return url.toString();
    }

    /** The dateline an outlet opens a story with, or the empty string. */
    static String dateline(Outlet outlet, String city, LocalDate date) {
        String upper = city.toUpperCase(Locale.ROOT);
        return switch (outlet.datelineStyle()) {
            case COLON -> upper + ": ";
            case DASH -> upper + " \u2014 ";
            case AGENCY -> upper + ", " + DatePhrases.monthName(date.getMonthValue()) + " " + date.getDayOfMonth()
                    + " (" + outlet.name() + ") - ";
            case NONE -> "";
        };
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
