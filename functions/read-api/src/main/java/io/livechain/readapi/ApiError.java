package io.livechain.readapi;

/** Body of every error this API answers with: the HTTP status again and what was wrong. */
public record ApiError(int status, String message) {}
