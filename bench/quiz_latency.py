#!/usr/bin/env python3
"""Question page and answer post latency, p50 and p99, against a running Sourced (stdlib only).

Each of C client threads starts an exam through the API, then loops: GET the question page of its
attempt (the HTML page a student sees, rendered by Qute from the ORM) and PUT an answer through the
API (committed before the reply). Latencies are measured on loopback by the client, so they include
the HTTP round trip on 127.0.0.1 but no network. Usage:

  python3 bench/quiz_latency.py --base http://127.0.0.1:8080 --clients 8 --seconds 30
"""
import argparse
import http.client
import json
import statistics
import threading
import time
import urllib.parse


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, int(round(p / 100.0 * (len(ordered) - 1)))))
    return ordered[k]


def client(base, deadline, pages, answers, errors, lock):
    url = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    body = json.dumps({"pack": "csto-armenia", "mode": "exam", "length": 20})
    conn.request("POST", "/api/attempts", body, {"Content-Type": "application/json"})
    r = conn.getresponse()
    started = json.loads(r.read())
    if r.status != 201:
        with lock:
            errors.append(r.status)
        return
    attempt, token, questions = started["id"], started["token"], started["questions"]
    seq, n = 0, 0
    my_pages, my_answers = [], []
    while time.monotonic() < deadline:
        q = questions[n % len(questions)]
        t0 = time.perf_counter()
        conn.request("GET", "/attempts/%s/questions/%d" % (attempt, n % len(questions) + 1))
        r = conn.getresponse()
        r.read()
        my_pages.append(time.perf_counter() - t0)
        if r.status != 200:
            with lock:
                errors.append(r.status)
        seq += 1
        choices = [c["id"] for c in q["choices"]]
        answer = choices if q["type"] == "ordering" else choices[:1]
        t0 = time.perf_counter()
        conn.request("PUT", "/api/attempts/%s/responses/%s" % (attempt, q["id"]),
                     json.dumps({"choices": answer, "seq": seq}),
                     {"Content-Type": "application/json", "Authorization": "Bearer " + token})
        r = conn.getresponse()
        r.read()
        my_answers.append(time.perf_counter() - t0)
        if r.status != 200:
            with lock:
                errors.append(r.status)
        n += 1
    with lock:
        pages.extend(my_pages)
        answers.extend(my_answers)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://127.0.0.1:8080")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--warmup", type=float, default=10, help="seconds of load before measuring")
    a = ap.parse_args()
    lock = threading.Lock()
    for phase, seconds in (("warm-up", a.warmup), ("measure", a.seconds)):
        pages, answers, errors = [], [], []
        deadline = time.monotonic() + seconds
        threads = [threading.Thread(target=client, args=(a.base, deadline, pages, answers, errors, lock))
                   for _ in range(a.clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if phase == "measure":
            ms = lambda v: "%.1f ms" % (v * 1000)
            print("clients=%d seconds=%.0f errors=%d" % (a.clients, seconds, len(errors)))
            print("question page: n=%d p50=%s p99=%s mean=%s" % (len(pages), ms(percentile(pages, 50)), ms(percentile(pages, 99)),
                                                                  ms(statistics.mean(pages))))
            print("answer post:   n=%d p50=%s p99=%s mean=%s" % (len(answers), ms(percentile(answers, 50)),
                                                                  ms(percentile(answers, 99)), ms(statistics.mean(answers))))
            return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
