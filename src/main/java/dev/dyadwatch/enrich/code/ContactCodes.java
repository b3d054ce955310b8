package dev.dyadwatch.enrich.code;

import dev.dyadwatch.avro.ContactType;

/** The CAMEO and PLOVER codes of each contact type (design.md's table). */
public final class ContactCodes {

    private ContactCodes() {
    }

    /** Three-digit CAMEO code, e.g. {@code 041} for a telephone call. */
    public static String cameo(ContactType type) {
        return switch (type) {
            case CONSULT -> "040";
            case TELEPHONE -> "041";
            case VISIT -> "042";
            case HOST_VISIT -> "043";
            case THIRD_PARTY_MEETING -> "044";
            case NEGOTIATE -> "046";
            case INTENT_TO_MEET -> "036";
            case SIGN_AGREEMENT -> "057";
            case MILITARY_COOPERATION -> "062";
            case UNKNOWN -> "040";
        };
    }

    /** PLOVER event type and mode, e.g. {@code CONSULT/phone}. */
    public static String plover(ContactType type) {
        return switch (type) {
            case CONSULT, NEGOTIATE, UNKNOWN -> "CONSULT";
            case TELEPHONE -> "CONSULT/phone";
            case VISIT, HOST_VISIT -> "CONSULT/visit";
            case THIRD_PARTY_MEETING -> "CONSULT/third-party";
            case INTENT_TO_MEET -> "AGREE";
            case SIGN_AGREEMENT -> "SUPPORT";
            case MILITARY_COOPERATION -> "COOPERATE";
        };
    }
}
