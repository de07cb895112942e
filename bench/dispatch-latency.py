"""Dispatch latency from outside: a device registered with an enrollment code long-polls, the merchant creates a
session for it, and the time from sending the create until the poll answers is measured; then the session is
cancelled and the next round begins. Prints "count=… p50_ms=… p99_ms=… create_p50_ms=… create_p99_ms=…
after_answer_p50_ms=… after_answer_p99_ms=…": create sent → poll answered, create sent → create answered, and create
answered → poll answered (negative when the poll answered first).
  python3 dispatch-latency.py <port> <api key> <rounds>"""
import http.client
import json
import sys
import threading
import time

PORT, KEY, ROUNDS = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
WARM_UP = 20


def call(method, path, auth, body=None):
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=20)
    headers = {"Authorization": auth}
    if body is not None:
        headers["Content-Type"] = "application/json"
        body = json.dumps(body)
    connection.request(method, path, body, headers)
    response = connection.getresponse()
    text = response.read()
    connection.close()
    return response.status, json.loads(text) if text else None


merchant = "Basic " + KEY
_, enrollment = call("POST", "/ipp/v1/enrollments", merchant, {})
_, registered = call("POST", "/ipp/v1/devices/register", "", {
    "enrollment_code": enrollment["enrollment_code"], "hardware_id": "bench-dispatch", "platform": "ANDROID"})
device, phone = registered["id"], "Bearer " + registered["credentials"]["bearer_token"]
order = {"order_amount": 1000, "purchase_currency": "SEK", "purchase_started_at": "2026-11-25T10:00:00Z",
         "order_tax_amount": 200, "order_items": [{"type": "physical", "name": "Tea", "quantity": 1,
                                                   "unit_price": 1000, "tax_rate": 2500, "total_amount": 1000,
                                                   "total_tax_amount": 200}]}

dispatch, create, after_answer = [], [], []
for round_ in range(WARM_UP + ROUNDS):
    answered = {}

    def poll():
        status, _ = call("GET", "/ipp/v1/device/sessions/next?wait_seconds=10", phone)
        answered["at"], answered["status"] = time.perf_counter(), status

    poller = threading.Thread(target=poll)
    poller.start()
    time.sleep(0.02)  # the poll is waiting before the create is sent
    sent = time.perf_counter()
    status, session = call("POST", "/ipp/v1/sessions", merchant, dict(order, device_id=device))
    created = time.perf_counter()
    poller.join()
    if status != 200 or answered["status"] != 200:
        sys.exit(f"round {round_}: create {status}, poll {answered['status']}")
    if round_ >= WARM_UP:
        dispatch.append((answered["at"] - sent) * 1000)
        create.append((created - sent) * 1000)
        after_answer.append((answered["at"] - created) * 1000)
    call("PUT", f"/ipp/v1/sessions/{session['session_id']}/cancel", merchant)


def quantile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


print(f"count={len(dispatch)} p50_ms={quantile(dispatch, 0.5):.1f} p99_ms={quantile(dispatch, 0.99):.1f} "
      f"create_p50_ms={quantile(create, 0.5):.1f} create_p99_ms={quantile(create, 0.99):.1f} "
      f"after_answer_p50_ms={quantile(after_answer, 0.5):.1f} after_answer_p99_ms={quantile(after_answer, 0.99):.1f}")
