package io.livechain.benchmarks.chain;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Settings of the chain benchmark, each a system property {@code bench.<name>} (given as
 * {@code -Dbench.<name>=...} on the Maven command line).
 *
 * @param home         {@code home}: the checkout whose local stack runs (default: this one), so a baseline
 *                     build can be measured beside a new one
 * @param outDir       {@code out}: where report.md, latency.png and stack.log go (default: target/bench of
 *                     this module)
 * @param dataDir      {@code data-dir}: the stack's data, emptied at the start (default: {@code <out>/stack-data})
 * @param httpPort     {@code http-port}: the stack's ingress, read API and health (default 28080, beside a
 *                     stack on the documented ports)
 * @param functionPortBase {@code function-port-base}: first function port (default 28180)
 * @param kafkaPort    {@code kafka-port}: Kafka's listener; the controller takes the next port (default 29092)
 * @param postgresPort {@code postgres-port} (default 25432)
 * @param rates        {@code rates}: offered scans/s of the fixed-rate steps (default 250,500,1000,2000)
 * @param stepLength   {@code step-seconds}: length of each fixed-rate step (default 20)
 * @param maxRate      {@code max-rate}: offered scans/s of the last step, which finds the drain rate (default
 *                     6000; 0 skips it)
 * @param maxLength    {@code max-seconds}: length of that step (default 15)
 * @param warmup       {@code warmup-seconds}: at 200 scans/s before the steps (JIT), not reported (default 20)
 * @param idle         {@code idle-seconds}: no traffic, after the load steps and a settle (default 30)
 * @param skus         {@code skus} per step (default 1000); scans spread over skus × {@code locations} (default 10)
 * @param connections  {@code connections}: HTTP/1.1 connections of the load generator (default 64)
 * @param stallLimit   {@code stall-seconds}: a step is incomplete when no level arrived for this long
 *                     (default 30)
 * @param drainLimit   {@code drain-seconds}: most time a step waits for its levels after its last send
 *                     (default 120: bounds the run when the chain falls behind; later steps are then skipped)
 * @param startLimit   {@code start-seconds}: most time the stack may take to be ready (default 300)
 * @param topic        {@code topic}: the broker topic (default knative-broker-livechain-default)
 * @param mavenOffline {@code maven-offline}: run the stack's Maven with {@code -o} (default false)
 */
public record ChainOptions(
        Path home,
        Path outDir,
        Path dataDir,
        int httpPort,
        int functionPortBase,
        int kafkaPort,
        int postgresPort,
        List<Integer> rates,
        Duration stepLength,
        int maxRate,
        Duration maxLength,
        Duration warmup,
        Duration idle,
        int skus,
        int locations,
        int connections,
        Duration stallLimit,
        Duration drainLimit,
        Duration startLimit,
        String topic,
        boolean mavenOffline) {

    public static ChainOptions fromSystemProperties() {
        Path out = Path.of(text("out", System.getProperty("bench.default-out", "target/bench")))
                .toAbsolutePath();
        return new ChainOptions(
                Path.of(text("home", System.getProperty("bench.default-home", ".")))
                        .toAbsolutePath()
                        .normalize(),
                out,
                Path.of(text("data-dir", out.resolve("stack-data").toString())).toAbsolutePath(),
                number("http-port", 28080),
                number("function-port-base", 28180),
                number("kafka-port", 29092),
                number("postgres-port", 25432),
                integers("rates", "250,500,1000,2000"),
                seconds("step-seconds", 20),
                number("max-rate", 6000),
                seconds("max-seconds", 15),
                seconds("warmup-seconds", 20),
                seconds("idle-seconds", 30),
                number("skus", 1000),
                number("locations", 10),
                number("connections", 64),
                seconds("stall-seconds", 30),
                seconds("drain-seconds", 120),
                seconds("start-seconds", 300),
                text("topic", "knative-broker-livechain-default"),
                Boolean.parseBoolean(text("maven-offline", "false")));
    }

    private static String text(String name, String fallback) {
        String value = System.getProperty("bench." + name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** {@code bench.<name>}; also for the settings of other benchmarks on this stack (e.g. cdc-lag). */
    public static int number(String name, int fallback) {
        return Integer.parseInt(text(name, Integer.toString(fallback)));
    }

    public static Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(number(name, fallback));
    }

    /** {@code bench.<name>} as a comma-separated list, e.g. rates. */
    public static List<Integer> integers(String name, String fallback) {
        return Arrays.stream(text(name, fallback).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(Integer::valueOf)
                .toList();
    }
}
