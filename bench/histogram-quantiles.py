"""p50 / p99 in ms of a Prometheus histogram read from stdin (the text format): the upper bound of the bucket that
holds the quantile."""
import re
import sys

name = sys.argv[1]
buckets = []
for line in sys.stdin:
    match = re.match(name + r'_bucket\{.*le="([^"]+)".*\} ([0-9.eE+]+)', line)
    if match:
        bound = float("inf") if match.group(1) == "+Inf" else float(match.group(1))
        buckets.append((bound, float(match.group(2))))
buckets.sort()
total = buckets[-1][1] if buckets else 0


def quantile(q):
    for bound, count in buckets:
        if count >= q * total:
            return f"{bound * 1000:.0f}"
    return "-"


print(f"count={int(total)} p50_ms={quantile(0.5)} p99_ms={quantile(0.99)}")
