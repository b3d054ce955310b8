package dev.dyadwatch.generator;

import dev.dyadwatch.avro.ContactType;

/** The CAMEO and PLOVER codes of each contact type, as design.md's table gives them. */
final class ContactKinds {

    private ContactKinds() {
    }

    static String cameo(ContactType type) {
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
            default -> throw new IllegalArgumentException("no CAMEO code for " + type);
        };
    }

    static String plover(ContactType type) {
        return switch (type) {
            case TELEPHONE -> "CONSULT/phone";
            case VISIT, HOST_VISIT -> "CONSULT/visit";
            case THIRD_PARTY_MEETING -> "CONSULT/third-party";
            case INTENT_TO_MEET -> "AGREE";
            case SIGN_AGREEMENT -> "SUPPORT";
            case MILITARY_COOPERATION -> "COOPERATE";
            default -> "CONSULT";
        };
    }

    /** True for contacts that go from one side to the other: a visit, hosting one, an intent to visit. */
    static boolean directed(ContactType type) {
        return type == ContactType.VISIT || type == ContactType.HOST_VISIT || type == ContactType.INTENT_TO_MEET;
    }
}
