"""p50 / p99 in ms of a Prometheus histogram read from stdin (the text format): the upper bound of the bucket that
holds the quantile. With a second argument, a scrape taken earlier, only what was observed since then counts.
  python3 histogram-quantiles.py <metric name> [<earlier scrape file>] < scrape"""
import collections
import re
import sys

name = sys.argv[1]


def buckets(lines):
    counts = collections.Counter()
    for line in lines:
        match = re.match(name + r'_bucket\{.*le="([^"]+)".*\} ([0-9.eE+]+)', line)
        if match:
            bound = float("inf") if match.group(1) == "+Inf" else float(match.group(1))
            counts[bound] += float(match.group(2))
    return counts


now = buckets(sys.stdin)
if len(sys.argv) > 2:
    with open(sys.argv[2]) as earlier:
        now.subtract(buckets(earlier))
cumulative = sorted(now.items())
total = cumulative[-1][1] if cumulative else 0


def quantile(q):
    for bound, count in cumulative:
        if count >= q * total:
            return f"{bound * 1000:.0f}"
    return "-"


print(f"count={int(total)} p50_ms={quantile(0.5)} p99_ms={quantile(0.99)}")
