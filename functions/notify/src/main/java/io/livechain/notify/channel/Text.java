package io.livechain.notify.channel;

/** Length limits of the channels' text fields. */
final class Text {

    private static final String ELLIPSIS = "…";

    private Text() {}

    /** {@code text} cut to at most {@code max} characters, ending in an ellipsis when cut. */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        // Never split a surrogate pair: half a character is not valid UTF-16.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }
}
