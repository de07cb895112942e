"""Summarises JFR execution samples (jfr print --stack-depth 512 --json --events jdk.ExecutionSample): the share of samples per
component (counted once per sample when the component is anywhere on its stack), per thread and the top self frames."""
import collections
import json
import re
import sys

COMPONENTS = [
    ("Hibernate (all)", "org.hibernate."),
    ("Hibernate flush / dirty checking", "org.hibernate.event.internal.AbstractFlushingEventListener"),
    ("Hibernate HQL queries, translated or run (SQM)", "org.hibernate.query.sqm."),
    ("Spring Data JPA repositories", "org.springframework.data.jpa."),
    ("Axon saga manager", "org.axonframework.modelling.saga."),
    ("Axon tracking processors", "org.axonframework.eventhandling.TrackingEventProcessor"),
    ("Axon event storage (JPA)", "org.axonframework.eventsourcing.eventstore."),
    ("Axon command handling", "org.axonframework.commandhandling."),
    ("Axon query gateway", "org.axonframework.queryhandling."),
    ("Jackson", "com.fasterxml.jackson."),
    ("PostgreSQL JDBC driver", "org.postgresql."),
    ("HikariCP", "com.zaxxer.hikari."),
    ("Spring Security", "org.springframework.security."),
    ("Micrometer / observation", "io.micrometer."),
    ("Logging", "ch.qos.logback."),
    ("Tomcat", "org.apache.catalina."),
    ("db-scheduler", "com.github.kagkarlsson."),
    ("ipp code", "co.kustom.ipp."),
]

events = json.load(open(sys.argv[1]))["recording"]["events"]
inclusive = collections.Counter()
top = collections.Counter()
for event in events:
    frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
              for f in event["values"]["stackTrace"]["frames"]]
    if not frames:
        continue
    top[frames[0]] += 1
    for name, prefix in COMPONENTS:
        if any(frame.startswith(prefix) for frame in frames):
            inclusive[name] += 1
total = len(events)
print(f"{total} samples")
print("| component | share of samples |")
print("|---|---|")
for name, _ in COMPONENTS:
    print(f"| {name} | {100 * inclusive[name] / total:.1f} % |")
print()
print("Threads (numbers left out):")
threads = collections.Counter(re.sub(r"\d+", "", event["values"]["sampledThread"]["javaName"] or "?") for event in events)
for thread, count in threads.most_common(10):
    print(f"  {100 * count / total:5.1f} %  {thread}")

print()
print("Top self frames:")
for frame, count in top.most_common(15):
    print(f"  {100 * count / total:5.1f} %  {frame}")

print()
print("Our code calling into Hibernate (the ipp frame nearest to the Hibernate frames):")
callers = collections.Counter()
for event in events:
    frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"]
              for f in event["values"]["stackTrace"]["frames"]]
    if any(frame.startswith("org.hibernate.") for frame in frames):
        caller = next((frame for frame in frames if frame.startswith("co.kustom.ipp.")), "(no ipp frame)")
        callers[caller] += 1
for frame, count in callers.most_common(15):
    print(f"  {100 * count / total:5.1f} %  {frame}")
