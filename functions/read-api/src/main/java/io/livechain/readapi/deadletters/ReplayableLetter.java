package io.livechain.readapi.deadletters;

/** A stored dead letter not yet replayed: its row ({@code seq}) and the event to post again. */
public record ReplayableLetter(long seq, DeadLetter letter) {}
