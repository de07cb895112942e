#!/usr/bin/env python3
"""Crash test: what the service acknowledged must survive kill -9 at random moments.

Starts the jar on a fresh embedded database (its durable settings, as shipped), runs a sustained payment load
against simulated devices with a signed-callback receiver on loopback, kills the service with SIGKILL three times
at random moments (once together with its PostgreSQL), restarts it on the same data, and then checks:

  - every acknowledged session is found, and no acknowledged terminal status changed;
  - every callback expected from the event store arrived (deduplicated by webhook-id), none arrived for an event
    that does not exist, every signature verifies;
  - every expiry that fell due fired;
  - every restart started on its first attempt.

Usage: python3 bench/crash-test.py [--crashes 3] [--workers 6] [--devices 24] [--seed N]
Needs: Java 17, the jar (built with ./mvnw -DskipTests package if missing) and psql (Debian postgresql-client) to
read the event store. Traffic goes to 127.0.0.1 only. Exits 1 when a target is missed.
"""
import argparse
import base64
import hashlib
import hmac
import http.server
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from datetime import datetime, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
API_KEY = "kco_test_api_demo_key_0123456789abcdef"
LIFETIME_SECONDS = 15
TERMINAL = {"FINALIZED", "CANCELLED", "EXPIRED", "FAILED"}
CALLBACK_EVENTS = {"SessionCreated", "SessionActivated", "SessionFinalized", "SessionCancelled",
                   "PaymentAttemptFailed", "SessionFailed", "SessionExpired"}


def log(message):
    print(f"[{datetime.now().strftime('%H:%M:%S')}] {message}", flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Receiver(http.server.ThreadingHTTPServer):
    """The merchant's webhook endpoint: records each delivery by webhook-id and checks its signature."""

    def __init__(self):
        super().__init__(("127.0.0.1", 0), ReceiverHandler)
        self.lock = threading.Lock()
        self.by_id = {}
        self.posts = 0
        self.bad_signatures = 0
        self.last_at = time.time()
        self.secret = None


class ReceiverHandler(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        webhook_id = self.headers.get("webhook-id")
        timestamp = self.headers.get("webhook-timestamp")
        signatures = self.headers.get("webhook-signature", "").split()
        receiver = self.server
        good = False
        if receiver.secret:
            key = base64.b64decode(receiver.secret[len("whsec_"):])
            expected = base64.b64encode(hmac.new(key, f"{webhook_id}.{timestamp}.".encode() + body,
                                                 hashlib.sha256).digest()).decode()
            good = any(s == "v1," + expected for s in signatures)
        with receiver.lock:
            receiver.posts += 1
            receiver.last_at = time.time()
            if not good:
                receiver.bad_signatures += 1
            receiver.by_id[webhook_id] = json.loads(body)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


class Service:
    def __init__(self, jar, data_dir, work_dir):
        self.jar = jar
        self.data_dir = data_dir
        self.work_dir = work_dir
        self.port = free_port()
        self.process = None
        self.starts = 0
        self.start_attempts = []

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self):
        """Starts the service and waits until it is healthy; returns how many attempts that took."""
        for attempt in range(1, 4):
            self.starts += 1
            out = open(os.path.join(self.work_dir, f"service-{self.starts}.log"), "w")
            env = dict(os.environ, IPP_RATE_LIMIT_API_KEY="100000", IPP_RATE_LIMIT_DEVICE_TOKEN="100000")
            self.process = subprocess.Popen(
                ["java", "-Xmx512m", "-jar", self.jar, f"--server.port={self.port}", f"--ipp.data-dir={self.data_dir}",
                 f"--ipp.session.lifetime=PT{LIFETIME_SECONDS}S", "--ipp.callback.allow-loopback=true",
                 "--ipp.callback.initial-backoff=PT1S", "--ipp.callback.max-backoff=PT5S"],
                stdout=out, stderr=subprocess.STDOUT, env=env)
            deadline = time.time() + 120
            while time.time() < deadline:
                if self.process.poll() is not None:
                    break
                try:
                    with urllib.request.urlopen(self.url("/actuator/health"), timeout=2) as answer:
                        if answer.status == 200:
                            self.start_attempts.append(attempt)
                            return attempt
                except (urllib.error.URLError, OSError):
                    pass
                time.sleep(0.25)
            log(f"start attempt {attempt} failed (see service-{self.starts}.log)")
            self.kill()
        raise SystemExit("the service did not start in 3 attempts")

    def postgres_pid(self):
        with open(os.path.join(self.data_dir, "postgres", "postmaster.pid")) as f:
            return int(f.readline().strip())

    def kill(self, with_postgres=False):
        if with_postgres:
            try:
                os.kill(self.postgres_pid(), signal.SIGKILL)
            except (OSError, ValueError):
                pass
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=60)


def call(service, method, path, body=None, timeout=10):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(service.url(path), data=data, method=method, headers={
        "Authorization": "Basic " + API_KEY, "Content-Type": "application/json", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            text = answer.read()
            return answer.status, (json.loads(text) if text else None)
    except urllib.error.HTTPError as error:
        text = error.read()
        try:
            return error.code, json.loads(text)
        except ValueError:
            return error.code, None


def session_body(device_id, rng):
    quantity = rng.randint(1, 3)
    unit_price = rng.choice([1000, 2500, 9900, 12000])
    total = quantity * unit_price
    return {"device_id": device_id, "order_amount": total, "purchase_currency": "SEK",
            "purchase_started_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "order_tax_amount": total // 5, "merchant_reference1": f"CRASH-{rng.randrange(10**9)}",
            "order_items": [{"type": "physical", "reference": "SKU-1", "name": "Item", "quantity": quantity,
                             "unit_price": unit_price, "total_amount": total, "tax_rate": 2500,
                             "total_tax_amount": total // 5}]}


class Ledger:
    """What the service acknowledged: per session the last status it answered, and whether an unanswered
    request may have changed it since."""

    def __init__(self):
        self.lock = threading.Lock()
        self.sessions = {}
        self.operations = 0
        self.unanswered = 0

    def acknowledge(self, session):
        with self.lock:
            self.operations += 1
            entry = self.sessions.setdefault(session["session_id"], {"uncertain": False})
            entry["status"] = session["status"]
            entry["expires_at"] = session["expires_at"]

    def unsure(self, session_id):
        with self.lock:
            self.unanswered += 1
            if session_id in self.sessions:
                self.sessions[session_id]["uncertain"] = True


def worker(service, devices, ledger, stop, rng):
    busy_until = {d: 0.0 for d in devices}
    while not stop.is_set():
        free = [d for d, until in busy_until.items() if until <= time.time()]
        if not free:
            time.sleep(0.1)
            continue
        device = rng.choice(free)
        try:
            status, session = call(service, "POST", "/ipp/v1/sessions", session_body(device, rng))
        except OSError:
            busy_until[device] = time.time() + LIFETIME_SECONDS + 2  # the session may exist: it will expire
            time.sleep(0.2)
            continue
        if status != 200:
            if status == 409:  # still busy with a session created by an unanswered request
                busy_until[device] = time.time() + 2
            continue
        ledger.acknowledge(session)
        sid = session["session_id"]
        plan = rng.choices(["pay", "cancel", "decline-then-pay", "fail", "expire"], [40, 20, 15, 10, 15])[0]
        steps = {"pay": ["tap:SUCCESS"], "cancel": ["cancel"], "decline-then-pay": ["tap:DECLINED_GENERIC",
                 "tap:SUCCESS"], "fail": ["tap:INSUFFICIENT_FUNDS"] * 3, "expire": []}[plan]
        busy_until[device] = time.time() + LIFETIME_SECONDS + 2 if plan == "expire" else 0
        for step in steps:
            try:
                if step == "cancel":
                    status, answer = call(service, "PUT", f"/ipp/v1/sessions/{sid}/cancel")
                else:
                    outcome = step.split(":")[1]
                    status, answer = call(service, "POST", f"/ipp/v1/dev/sessions/{sid}/simulate-tap?outcome={outcome}")
                    answer = answer.get("session") if status == 200 and answer else answer
            except OSError:
                ledger.unsure(sid)
                busy_until[device] = time.time() + LIFETIME_SECONDS + 2
                break
            if status != 200:
                ledger.unsure(sid)
                busy_until[device] = time.time() + LIFETIME_SECONDS + 2
                break
            ledger.acknowledge(answer)


def event_store(service):
    with open(os.path.join(service.data_dir, "postgres", "postmaster.pid")) as f:
        port = f.read().splitlines()[3].strip()
    rows = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-p", port, "-U", "postgres", "-At", "-F", "|", "-c",
         "select event_identifier, aggregate_identifier, payload_type from domain_event_entry"],
        capture_output=True, text=True, check=True).stdout.splitlines()
    return [row.split("|") for row in rows if row]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--crashes", type=int, default=3)
    parser.add_argument("--workers", type=int, default=6)
    parser.add_argument("--devices", type=int, default=24)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--keep", action="store_true", help="keep the data folder and logs")
    args = parser.parse_args()
    rng = random.Random(args.seed)

    jars = [f for f in os.listdir(os.path.join(ROOT, "target")) if f.endswith(".jar")] \
        if os.path.isdir(os.path.join(ROOT, "target")) else []
    if not jars:
        subprocess.run(["./mvnw", "-q", "-B", "-DskipTests", "package"], cwd=ROOT, check=True)
        jars = [f for f in os.listdir(os.path.join(ROOT, "target")) if f.endswith(".jar")]
    jar = os.path.join(ROOT, "target", sorted(jars)[0])
    work_dir = tempfile.mkdtemp(prefix="ipp-crash-")
    log(f"seed {args.seed}; jar {jar}; data and logs in {work_dir}")

    receiver = Receiver()
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    service = Service(jar, os.path.join(work_dir, "data"), work_dir)
    service.start()
    status, endpoint = call(service, "PUT", "/portal/v1/callback-endpoint",
                            {"url": f"http://127.0.0.1:{receiver.server_address[1]}/hooks/ipp"})
    assert status == 200, endpoint
    receiver.secret = endpoint["secret"]
    devices = []
    for i in range(args.devices):
        status, device = call(service, "POST", "/ipp/v1/dev/devices", {"name": f"crash-{i}"})
        assert status == 201, device
        devices.append(device["id"])

    ledger = Ledger()
    stop = threading.Event()
    threads = [threading.Thread(target=worker, args=(service, devices[i::args.workers], ledger, stop,
                                                     random.Random(rng.random())), daemon=True)
               for i in range(args.workers)]
    for thread in threads:
        thread.start()

    with_postgres = rng.randrange(args.crashes)
    for crash in range(args.crashes):
        time.sleep(rng.uniform(6, 15))
        both = crash == with_postgres
        log(f"crash {crash + 1}: kill -9 of the service{' and its PostgreSQL' if both else ''} "
            f"({len(ledger.sessions)} sessions acknowledged so far)")
        service.kill(with_postgres=both)
        time.sleep(rng.uniform(0.5, 3))
        attempts = service.start()
        log(f"restarted in {attempts} attempt(s)")
    time.sleep(8)
    stop.set()
    for thread in threads:
        thread.join()
    log(f"load stopped: {len(ledger.sessions)} sessions acknowledged, {ledger.operations} acknowledged operations, "
        f"{ledger.unanswered} unanswered")

    latest_expiry = max((datetime.fromisoformat(e["expires_at"].replace("Z", "+00:00")).timestamp()
                         for e in ledger.sessions.values()), default=time.time())
    time.sleep(max(0, latest_expiry - time.time()) + 5)
    deadline = time.time() + 180
    while time.time() < deadline:
        status, pending = call(service, "GET", "/portal/v1/callback-deliveries?status=PENDING&page_size=1")
        if status == 200 and pending["total_elements"] == 0 and time.time() - receiver.last_at > 3:
            break
        time.sleep(1)

    lost, changed, due, fired, open_after = [], [], 0, 0, []
    for sid, entry in ledger.sessions.items():
        status, found = call(service, "GET", f"/ipp/v1/sessions/{sid}")
        if status != 200:
            lost.append(sid)
            continue
        if entry["status"] in TERMINAL and found["status"] != entry["status"]:
            changed.append((sid, entry["status"], found["status"]))
        if found["status"] not in TERMINAL:
            open_after.append(sid)
        if entry["status"] not in TERMINAL and not entry["uncertain"]:
            due += 1
            fired += found["status"] == "EXPIRED"

    events = event_store(service)
    event_ids = {"kevt_" + e[0].replace("-", "") for e in events}
    expected = {"kevt_" + e[0].replace("-", "") for e in events if e[2].rsplit(".", 1)[-1] in CALLBACK_EVENTS}
    received = set(receiver.by_id)
    missing = expected - received
    phantom = received - event_ids
    service.stop()

    print()
    print("| figure | result | target |")
    print("|---|---|---|")
    print(f"| acknowledged sessions | {len(ledger.sessions)} ({ledger.operations} acknowledged operations) | |")
    print(f"| acknowledged sessions not found | {len(lost)} | 0 |")
    print(f"| acknowledged terminal statuses changed | {len(changed)} | 0 |")
    print(f"| sessions still open after every expiry | {len(open_after)} | 0 |")
    print(f"| callbacks expected (from the event store) / received (by webhook-id) | {len(expected)} / "
          f"{len(received & expected)} ({receiver.posts} POSTs) | all |")
    print(f"| callbacks missing | {len(missing)} | 0 |")
    print(f"| callbacks for events that do not exist | {len(phantom)} | 0 |")
    print(f"| callbacks with a bad signature | {receiver.bad_signatures} | 0 |")
    print(f"| expiries due / fired | {due} / {fired} | 100 % |")
    print(f"| start attempts per restart | {service.start_attempts[1:]} | 1 each |")
    for sid, before, after in changed[:10]:
        print(f"  changed: {sid} acknowledged {before}, found {after}")
    ok = not lost and not changed and not open_after and not missing and not phantom \
        and receiver.bad_signatures == 0 and due == fired and all(a == 1 for a in service.start_attempts)
    print(f"\n{'PASS' if ok else 'FAIL'} (seed {args.seed})")
    receiver.shutdown()
    if not args.keep and ok:
        shutil.rmtree(work_dir, ignore_errors=True)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
